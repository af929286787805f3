package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.SeatView;
import java.util.Collection;
import java.util.function.Function;
import javafx.scene.Node;

/** What a {@link SeatMapBehavior} may see and do: the drawn plan, its geometry, zoom and pan, and repaints. */
public interface SeatMapView {

    SeatMap control();

    /** The node that receives pointer, touch and gesture events. */
    Node surface();

    /** The plan's geometry, or null while there is no layout. */
    SeatGeometry geometry();

    double width();

    double height();

    /** Zooms by a factor about a screen point (the user's own zoom: a resize no longer refits). */
    void zoomAt(double factor, double x, double y);

    void pan(double dx, double dy);

    /** Shows the whole hall again. */
    void fitAll();

    /** Shows a dashed selection rectangle between two screen points, or none ({@code null}). */
    void rubberBand(double[] corners);

    /** Repaints everything at the next pulse. */
    void repaint();

    /** Repaints these seats only, at the next pulse. */
    void repaintSeats(Collection<Long> seatIds);

    /** The colour of the seat's tier in the map's palette. */
    String tierColour(SeatView seat);

    /** Replaces how seats look (the editor draws its own flags), or restores the sale looks ({@code null}). */
    void looks(Function<SeatView, SeatLook> looks);
}
