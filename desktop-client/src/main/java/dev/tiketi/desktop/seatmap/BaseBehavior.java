package dev.tiketi.desktop.seatmap;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/** Registration bookkeeping and the zoom keys every behaviour shares. */
abstract class BaseBehavior implements SeatMapBehavior {
    static final double WHEEL_STEP = 1.15;

    private final List<Runnable> undo = new ArrayList<>();
    private SeatMapView view;

    @Override
    public final void attach(SeatMapView target) {
        if (view != null) {
            throw new IllegalStateException("this behaviour is attached to another seat map already");
        }
        view = target;
        install(target);
    }

    @Override
    public final void detach() {
        if (view == null) {
            return;
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
        uninstall(view);
        view = null;
    }

    protected abstract void install(SeatMapView target);

    protected void uninstall(SeatMapView target) {
    }

    /** The view while attached, else null. */
    protected final SeatMapView view() {
        return view;
    }

    protected final <T extends Event> void on(Node node, EventType<T> type, EventHandler<? super T> handler) {
        node.addEventHandler(type, handler);
        undo.add(() -> node.removeEventHandler(type, handler));
    }

    /** Runs when detached (listeners added outside {@link #on}). */
    protected final void onDetach(Runnable action) {
        undo.add(action);
    }

    protected final void wheelZooms(ScrollEvent e) {
        if (view.geometry() != null && e.getDeltaY() != 0) {
            view.zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
            e.consume();
        }
    }

    /**
     * +, − and 0: zoom in and out about the keyboard's seat when it is in view (else the middle), or fit the
     * hall. True if the key was one of them.
     */
    protected final boolean zoomKey(KeyEvent e) {
        double factor = switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> 1.25;
            case MINUS, SUBTRACT -> 0.8;
            case DIGIT0, NUMPAD0 -> 0;
            default -> -1;
        };
        if (factor < 0) {
            return false;
        }
        if (factor == 0) {
            view.fitAll();
        } else {
            double x = view.width() / 2;
            double y = view.height() / 2;
            Long focus = view.control().focusedSeatProperty().get();
            var seat = focus == null ? null : view.geometry().seat(focus);
            if (seat != null) {
                double sx = view.geometry().screenX(seat.x());
                double sy = view.geometry().screenY(seat.y());
                if (sx >= 0 && sy >= 0 && sx <= view.width() && sy <= view.height()) {
                    x = sx;
                    y = sy;
                }
            }
            view.zoomAt(factor, x, y);
        }
        e.consume();
        return true;
    }
}
