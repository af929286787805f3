package dev.tiketi.desktop.seatmap;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The counter's mouse and keyboard: click chooses a seat, a left drag chooses every seat in a rectangle, right
 * or middle drag pans, the wheel zooms about the pointer. Arrows move the keyboard's seat (starting at the best
 * seat of the chosen tier), Space chooses it, R its whole row, +/− zoom about it and 0 fits the hall.
 */
public final class PointerBehavior extends BaseBehavior {
    private final RectangleOrPan mouse = new RectangleOrPan();

    @Override
    protected void install(SeatMapView v) {
        on(v.surface(), MouseEvent.MOUSE_PRESSED, e -> mouse.pressed(e, v));
        on(v.surface(), MouseEvent.MOUSE_DRAGGED, e -> mouse.dragged(e, v));
        on(v.surface(), MouseEvent.MOUSE_RELEASED, this::released);
        on(v.surface(), MouseEvent.MOUSE_MOVED, e -> v.control().pointedSeatProperty()
                .set(v.geometry() == null ? null : v.geometry().seatAt(e.getX(), e.getY())));
        on(v.surface(), MouseEvent.MOUSE_EXITED, e -> v.control().pointedSeatProperty().set(v.control().focusedSeatProperty().get()));
        on(v.surface(), ScrollEvent.SCROLL, this::wheelZooms);
        on(v.control(), KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void uninstall(SeatMapView v) {
        v.rubberBand(null);
    }

    private void released(MouseEvent e) {
        SeatMapView v = view();
        SeatMap map = v.control();
        RectangleOrPan.Gesture g = mouse.released(e, v);
        if (g instanceof RectangleOrPan.Rectangle r) {
            r.seats().stream().filter(map::takeable).forEach(map.getSelection()::add);
        } else if (g instanceof RectangleOrPan.Click c && c.seat() != null) {
            map.focusedSeatProperty().set(c.seat());
            map.toggle(c.seat());
        }
    }

    private void key(KeyEvent e) {
        SeatMapView v = view();
        SeatMap map = v.control();
        SeatGeometry g = v.geometry();
        if (g == null) {
            return;
        }
        Long focus = map.focusedSeatProperty().get();
        SeatGeometry.Direction d = switch (e.getCode()) {
            case UP -> SeatGeometry.Direction.UP;
            case DOWN -> SeatGeometry.Direction.DOWN;
            case LEFT -> SeatGeometry.Direction.LEFT;
            case RIGHT -> SeatGeometry.Direction.RIGHT;
            default -> null;
        };
        if (d != null) {
            Long next = focus == null ? map.startSeat(g) : g.neighbour(focus, d);
            if (next != null) {
                map.focusedSeatProperty().set(next);
                map.pointedSeatProperty().set(next);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE && focus != null) {
            map.toggle(focus);
            e.consume();
        } else if (e.getCode() == KeyCode.R && focus != null) {
            g.row(focus).stream().filter(map::takeable).forEach(map.getSelection()::add);
            e.consume();
        } else {
            zoomKey(e);
        }
    }
}
