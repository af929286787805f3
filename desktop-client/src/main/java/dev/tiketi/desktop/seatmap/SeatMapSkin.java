package dev.tiketi.desktop.seatmap;

import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.SeatState;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;

/**
 * Glue between a {@link SeatMap}, its {@link SeatPainter} and its {@link SeatMapBehavior}. Changes are
 * coalesced into one paint per pulse; a status, selection or focus change repaints only the seats it touched
 * (a push of two seats costs two seats, not the hall), and only layout, tiers, palette, zoom, pan, resize and
 * the drag rectangle repaint everything. The keyboard's seat is kept in view while zoomed in.
 */
final class SeatMapSkin extends SkinBase<SeatMap> implements SeatMapView {
    /** How far inside the edge a followed seat is kept, in pixels. */
    private static final double FOLLOW_MARGIN = 24;
    /** More changed seats than this: one full pass is cheaper than as many clipped ones. */
    private static final int PARTIAL_LIMIT = 100;

    private final Canvas canvas = new Canvas();
    private final InvalidationListener redraw = o -> requestRedraw();
    private final MapChangeListener<Long, SeatState> seatChanged = c -> {
        requestSeat(c.getKey());
        startOnceKnown();
    };
    private final SetChangeListener<Long> memberChanged = c -> requestSeat(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
    private final ChangeListener<Long> focusChanged = (o, a, b) -> focusMoved(a, b);
    private final InvalidationListener tiersChanged = o -> recolour();
    private final ChangeListener<Object> layoutChanged = (o, a, b) -> relayout();
    private final InvalidationListener tierChosen = o -> startAtBest();
    private final ChangeListener<SeatMapBehavior> behaviorChanged = (o, a, b) -> behave(a, b);
    private final Set<Long> dirtySeats = new HashSet<>();
    private final Function<SeatView, SeatLook> saleLooks = this::saleLook;
    private Function<SeatView, SeatLook> looks = saleLooks;
    private Map<String, String> tierColours = Map.of();
    private boolean fullRedraw = true;
    private SeatGeometry geometry;
    private boolean userZoomed;
    private boolean redrawQueued;
    private boolean startQueued;
    private double[] rubberBand;

    SeatMapSkin(SeatMap map) {
        super(map);
        getChildren().add(canvas);
        map.layoutProperty().addListener(layoutChanged);
        map.getStates().addListener(seatChanged);
        map.getMine().addListener(memberChanged);
        map.getSelection().addListener(memberChanged);
        map.getWatched().addListener(memberChanged);
        map.focusedSeatProperty().addListener(focusChanged);
        map.getTiers().addListener(tiersChanged);
        map.paletteProperty().addListener(tiersChanged);
        map.stageTextProperty().addListener(redraw);
        map.fontFamilyProperty().addListener(redraw);
        map.chosenTierProperty().addListener(tierChosen);
        map.behaviorProperty().addListener(behaviorChanged);
        if (map.getLayout() != null) {
            geometry = new SeatGeometry(map.getLayout());
        }
        recolour();
        behave(null, map.getBehavior());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (!userZoomed) {
                fit();
            }
            fullRedraw = true;
            paint();
        }
        canvas.relocate(x, y);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    @Override
    public void dispose() {
        SeatMap map = getSkinnable();
        behave(map.getBehavior(), null);
        map.layoutProperty().removeListener(layoutChanged);
        map.getStates().removeListener(seatChanged);
        map.getMine().removeListener(memberChanged);
        map.getSelection().removeListener(memberChanged);
        map.getWatched().removeListener(memberChanged);
        map.focusedSeatProperty().removeListener(focusChanged);
        map.getTiers().removeListener(tiersChanged);
        map.paletteProperty().removeListener(tiersChanged);
        map.stageTextProperty().removeListener(redraw);
        map.fontFamilyProperty().removeListener(redraw);
        map.chosenTierProperty().removeListener(tierChosen);
        map.behaviorProperty().removeListener(behaviorChanged);
        super.dispose();
    }

    // ---- SeatMapView, for behaviours

    @Override
    public SeatMap control() {
        return getSkinnable();
    }

    @Override
    public Node surface() {
        return canvas;
    }

    @Override
    public SeatGeometry geometry() {
        return geometry;
    }

    @Override
    public double width() {
        return canvas.getWidth();
    }

    @Override
    public double height() {
        return canvas.getHeight();
    }

    /** Zooms about a point, as the wheel does (also what the render test zooms with). */
    @Override
    public void zoomAt(double factor, double px, double py) {
        if (geometry != null) {
            geometry.zoom(factor, px, py);
            userZoomed = true;
            requestRedraw();
        }
    }

    @Override
    public void pan(double dx, double dy) {
        if (geometry != null) {
            geometry.pan(dx, dy);
            userZoomed = true;
            requestRedraw();
        }
    }

    @Override
    public void fitAll() {
        userZoomed = false;
        fit();
    }

    @Override
    public void rubberBand(double[] corners) {
        if (corners != null || rubberBand != null) {
            rubberBand = corners;
            requestRedraw();
        }
    }

    @Override
    public void repaint() {
        requestRedraw();
    }

    @Override
    public void repaintSeats(Collection<Long> seatIds) {
        seatIds.forEach(this::requestSeat);
    }

    @Override
    public String tierColour(SeatView seat) {
        return tierColours.get(seat.tierCode());
    }

    @Override
    public void looks(Function<SeatView, SeatLook> override) {
        looks = override == null ? saleLooks : override;
        requestRedraw();
    }

    // ---- painting

    /** Repaints everything at the next pulse (package-private: the render test compares it with partial repaints). */
    void requestRedraw() {
        fullRedraw = true;
        queuePaint();
    }

    /** Fits the hall again, as the 0 key does. */
    void fitNow() {
        fitAll();
    }

    /** Paints what changed now (package-private for the render test, which times it). */
    void paint() {
        SeatMap map = getSkinnable();
        if (geometry == null) {
            canvas.getGraphicsContext2D().setFill(Color.web(map.getPalette().background()));
            canvas.getGraphicsContext2D().fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        } else {
            SeatPainter painter = new SeatPainter(geometry, map.getPalette(), looks::apply, new SeatPainter.Frame(
                    canvas.getWidth(), canvas.getHeight(), map.focusedSeatProperty().get(), map.getWatched(), rubberBand,
                    map.stageTextProperty().get(), map.fontFamilyProperty().get()));
            if (fullRedraw || dirtySeats.size() > PARTIAL_LIMIT || !dirtySeats.stream().allMatch(painter::repaintsAlone)) {
                painter.paint(canvas.getGraphicsContext2D());
            } else {
                for (Long id : dirtySeats) {
                    painter.repaintSeat(canvas.getGraphicsContext2D(), id);
                }
            }
        }
        dirtySeats.clear();
        fullRedraw = false;
    }

    private SeatLook saleLook(SeatView seat) {
        SeatMap map = getSkinnable();
        SeatLook.Role role = map.getMine().contains(seat.id()) ? SeatLook.Role.MINE
                : map.getSelection().contains(seat.id()) ? SeatLook.Role.SELECTED : SeatLook.Role.NOBODY;
        return map.getPalette().look(map.status(seat.id()), role, seat.accessible(), tierColours.get(seat.tierCode()));
    }

    private void requestSeat(Long seatId) {
        if (seatId != null) {
            dirtySeats.add(seatId);
            queuePaint();
        }
    }

    private void queuePaint() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                paint();
            });
        }
    }

    private void fit() {
        if (geometry != null) {
            geometry.fit(canvas.getWidth(), canvas.getHeight());
        }
        requestRedraw();
    }

    private void relayout() {
        SeatMap map = getSkinnable();
        geometry = map.getLayout() == null ? null : new SeatGeometry(map.getLayout());
        userZoomed = false;
        fit();
        map.focusedSeatProperty().set(null); // a seat of the last hall means nothing in this one
        startAtBest();
    }

    private void recolour() {
        SeatMap map = getSkinnable();
        tierColours = map.getPalette().assign(map.getTiers().stream().map(TierView::code).toList());
        requestRedraw();
    }

    private void behave(SeatMapBehavior old, SeatMapBehavior next) {
        if (old != null) {
            old.detach();
        }
        if (next != null) {
            next.attach(this);
        }
    }

    /**
     * The tier is often chosen before any seat's state is known (nothing is takeable yet): the keyboard's seat
     * then starts at the best seat once the states come, looked for once per burst of changes.
     */
    private void startOnceKnown() {
        if (startQueued || getSkinnable().focusedSeatProperty().get() != null || getSkinnable().chosenTierProperty().get() == null) {
            return;
        }
        startQueued = true;
        javafx.application.Platform.runLater(() -> {
            startQueued = false;
            if (getSkinnable() != null && getSkinnable().focusedSeatProperty().get() == null) {
                startAtBest();
            }
        });
    }

    /** A newly chosen tier puts the keyboard's seat on its best seat. */
    private void startAtBest() {
        if (geometry != null) {
            Long best = getSkinnable().bestSeat(geometry);
            if (best != null) {
                getSkinnable().focusedSeatProperty().set(best);
            }
        }
    }

    /** The keyboard's seat moved: repaint both seats, and while zoomed in, pan so the new one stays in view. */
    private void focusMoved(Long from, Long to) {
        requestSeat(from);
        requestSeat(to);
        if (to != null && geometry != null && userZoomed && geometry.follow(to, canvas.getWidth(), canvas.getHeight(), FOLLOW_MARGIN)) {
            requestRedraw();
        }
    }
}
