package dev.tiketi.desktop.seatmap;

import java.util.Set;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse gesture the counter and the layout editor share: a left drag past a few pixels draws a rectangle,
 * any other button pans, and a left press released without dragging is a click. The behaviours decide what a
 * click or a rectangle means.
 */
final class RectangleOrPan {
    private static final double DRAG_THRESHOLD = 4;

    /** What the release was: nothing for the behaviour (a pan, or no hall), a click on a seat, or a rectangle. */
    sealed interface Gesture permits None, Click, Rectangle {
    }

    record None() implements Gesture {
    }

    /** {@code seat} is null when the click hit no seat. */
    record Click(Long seat) implements Gesture {
    }

    record Rectangle(Set<Long> seats) implements Gesture {
    }

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private MouseButton button;

    void pressed(MouseEvent e, SeatMapView v) {
        v.control().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        button = e.getButton();
    }

    void dragged(MouseEvent e, SeatMapView v) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (button != MouseButton.PRIMARY) {
            v.pan(e.getX() - lastX, e.getY() - lastY);
        } else if (dragging) {
            v.rubberBand(new double[] {pressX, pressY, e.getX(), e.getY()});
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    Gesture released(MouseEvent e, SeatMapView v) {
        v.rubberBand(null);
        boolean wasDrag = dragging;
        dragging = false;
        if (v.geometry() == null || button != MouseButton.PRIMARY) {
            return new None();
        }
        return wasDrag ? new Rectangle(v.geometry().seatsIn(pressX, pressY, e.getX(), e.getY()))
                : new Click(v.geometry().seatAt(e.getX(), e.getY()));
    }
}
