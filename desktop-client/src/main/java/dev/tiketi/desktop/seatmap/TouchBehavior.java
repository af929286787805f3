package dev.tiketi.desktop.seatmap;

import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The kiosk's fingers: a tap chooses or unchooses a seat, a drag pans, a pinch zooms; there is no rectangle.
 * While seats are smaller than a fingertip ({@link #TARGET_PX}), a tap zooms in about where it landed instead
 * of choosing, so a seat is never chosen by a miss; after that each seat's target is a whole seat pitch.
 */
public final class TouchBehavior extends BaseBehavior {
    /** The smallest seat a finger is asked to hit, in pixels (the common 44 px touch-target guideline). */
    public static final double TARGET_PX = 44;
    /** Fingers wobble: a press that moves less than this is still a tap. */
    private static final double TAP_SLOP = 10;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean panning;

    /** The scale at which a seat is drawn {@link #TARGET_PX} across. */
    public static double touchScale() {
        return TARGET_PX / SeatGeometry.SEAT_SIZE;
    }

    /**
     * What a tap at (x, y) does to the geometry: zooms in to {@link #touchScale()} about it and returns null
     * while seats are too small, else returns the seat whose pitch contains it (null between seats).
     */
    static Long tap(SeatGeometry g, double x, double y) {
        if (g.seatPixels() < TARGET_PX - 1e-9) {
            g.zoomTo(touchScale(), x, y);
            return null;
        }
        return g.seatNear(x, y);
    }

    @Override
    protected void install(SeatMapView v) {
        on(v.surface(), MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            lastX = pressX;
            lastY = pressY;
            panning = false;
        });
        on(v.surface(), MouseEvent.MOUSE_DRAGGED, e -> {
            if (!panning && Math.hypot(e.getX() - pressX, e.getY() - pressY) > TAP_SLOP) {
                panning = true; // from where the finger went down: the slop is part of the drag
                lastX = pressX;
                lastY = pressY;
            }
            if (panning) {
                view().pan(e.getX() - lastX, e.getY() - lastY);
            }
            lastX = e.getX();
            lastY = e.getY();
        });
        on(v.surface(), MouseEvent.MOUSE_RELEASED, e -> {
            if (!panning && view().geometry() != null) {
                tapped(e.getX(), e.getY());
            }
            panning = false;
        });
        on(v.surface(), ZoomEvent.ZOOM, e -> {
            if (view().geometry() != null && e.getZoomFactor() > 0) {
                view().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            }
            e.consume();
        });
        on(v.surface(), ScrollEvent.SCROLL, e -> {
            if (e.getTouchCount() > 0) {
                view().pan(e.getDeltaX(), e.getDeltaY()); // two fingers sliding
                e.consume();
            } else {
                wheelZooms(e);
            }
        });
    }

    private void tapped(double x, double y) {
        SeatMapView v = view();
        double before = v.geometry().scale();
        Long seat = tap(v.geometry(), x, y);
        if (v.geometry().scale() != before) {
            v.zoomAt(1, x, y); // the zoom happened in the geometry: let the view know it is the user's and repaint
            return;
        }
        if (seat != null) {
            v.control().focusedSeatProperty().set(seat);
            v.control().pointedSeatProperty().set(seat);
            v.control().toggle(seat);
        }
    }
}
