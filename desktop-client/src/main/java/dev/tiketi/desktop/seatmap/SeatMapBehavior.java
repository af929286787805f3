package dev.tiketi.desktop.seatmap;

/**
 * How people work a {@link SeatMap}: which gestures select, zoom and pan. The map draws; a behaviour only
 * listens and acts through the {@link SeatMapView} it is attached to. {@link PointerBehavior} is the counter's
 * (mouse and keyboard), {@link TouchBehavior} the kiosk's, {@link EditBehavior} the layout editor's. One
 * behaviour instance serves one map at a time; set another through {@link SeatMap#behaviorProperty()}.
 */
public interface SeatMapBehavior {

    /** Starts listening to the view's surface and control. */
    void attach(SeatMapView view);

    /** Stops listening and undoes what {@link #attach} changed in the view. */
    void detach();
}
