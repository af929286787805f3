package dev.tiketi.desktop.seatmap;

import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link SeatMap} on one canvas and turns mouse and keys into selection, zoom and pan. Changes are
 * coalesced into one paint per pulse; a status, selection or focus change repaints only the seats it
 * touched (a push of two seats costs two seats, not the hall), and only layout, zoom, pan, resize and the
 * drag rectangle repaint everything.
 */
final class SeatMapSkin extends SkinBase<SeatMap> {
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final InvalidationListener redraw = o -> requestRedraw();
    private final javafx.collections.MapChangeListener<Long, Object> seatChanged = c -> requestSeat(c.getKey());
    private final javafx.collections.SetChangeListener<Long> memberChanged =
            c -> requestSeat(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
    private final javafx.beans.value.ChangeListener<Long> focusChanged = (o, a, b) -> {
        requestSeat(a);
        requestSeat(b);
    };
    private final java.util.Set<Long> dirtySeats = new java.util.HashSet<>();
    private boolean fullRedraw = true;
    private SeatGeometry geometry;
    private boolean userZoomed;
    private boolean redrawQueued;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private MouseButton pressButton;

    SeatMapSkin(SeatMap map) {
        super(map);
        getChildren().add(canvas);
        map.layoutProperty().addListener(redraw);
        map.getStates().addListener(castMap(seatChanged));
        map.getMine().addListener(memberChanged);
        map.getSelection().addListener(memberChanged);
        map.focusedSeatProperty().addListener(focusChanged);
        map.layoutProperty().addListener((o, a, b) -> {
            geometry = b == null ? null : new SeatGeometry(b);
            userZoomed = false;
            fit();
        });
        if (map.getLayout() != null) {
            geometry = new SeatGeometry(map.getLayout());
        }
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> map.pointedSeatProperty().set(geometry == null ? null : geometry.seatAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> map.pointedSeatProperty().set(map.focusedSeatProperty().get()));
        canvas.setOnScroll(this::scrolled);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (!userZoomed) {
                fit();
            }
            draw();
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
        map.layoutProperty().removeListener(redraw);
        map.getStates().removeListener(castMap(seatChanged));
        map.getMine().removeListener(memberChanged);
        map.getSelection().removeListener(memberChanged);
        map.focusedSeatProperty().removeListener(focusChanged);
        super.dispose();
    }

    private void fit() {
        if (geometry != null) {
            geometry.fit(canvas.getWidth(), canvas.getHeight());
        }
        requestRedraw();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static javafx.collections.MapChangeListener<Long, dev.tiketi.model.sales.SeatState> castMap(
            javafx.collections.MapChangeListener<Long, Object> l) {
        return (javafx.collections.MapChangeListener) l;
    }

    /** Zooms about a point, as the wheel does (package-private for the render test). */
    void zoomAt(double factor, double px, double py) {
        if (geometry != null) {
            geometry.zoom(factor, px, py);
            userZoomed = true;
            requestRedraw();
        }
    }

    /** Fits the hall again, as the 0 key does. */
    void fitNow() {
        userZoomed = false;
        fit();
    }

    /** Repaints everything at the next pulse (package-private: the render test compares it with partial repaints). */
    void requestRedraw() {
        fullRedraw = true;
        queuePaint();
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

    /** Paints what changed now (package-private for the render test, which times it). */
    void paint() {
        // a snapshot or resync touches every seat: then one full pass is far cheaper than thousands of clips
        if (fullRedraw || geometry == null || dirtySeats.size() > 100) {
            draw();
        } else {
            GraphicsContext g = canvas.getGraphicsContext2D();
            double d = SeatGeometry.SEAT_SIZE * geometry.scale();
            Font glyphFont = Font.font("System", FontWeight.BOLD, d * 0.55);
            Long focus = getSkinnable().focusedSeatProperty().get();
            for (Long id : dirtySeats) {
                SeatView seat = geometry.seat(id);
                if (seat == null) {
                    continue;
                }
                // Repaint the seat's square, clipped, exactly as a full paint would: background, stage, and
                // every seat reaching into it (neighbours' anti-aliased edges included), in the same order.
                double cx = geometry.screenX(seat.x());
                double cy = geometry.screenY(seat.y());
                double margin = margin(d);
                double half = d / 2 + margin;
                // whole pixels: a clip edge through a pixel would blend the repaint with what was there
                double x0 = Math.floor(cx - half);
                double y0 = Math.floor(cy - half);
                double x1 = Math.ceil(cx + half);
                double y1 = Math.ceil(cy + half);
                g.save();
                g.beginPath();
                g.rect(x0, y0, x1 - x0, y1 - y0);
                g.clip();
                g.setFill(BACKGROUND);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
                drawStage(g);
                for (SeatView other : geometry.seats()) {
                    double ox = geometry.screenX(other.x());
                    double oy = geometry.screenY(other.y());
                    if (Math.abs(ox - cx) < half + d / 2 + margin && Math.abs(oy - cy) < half + d / 2 + margin) {
                        drawSeat(g, other, ox, oy, d, glyphFont, focus);
                    }
                }
                g.restore();
            }
        }
        dirtySeats.clear();
        fullRedraw = false;
    }

    private static final Color BACKGROUND = Color.web("#f6f7f9");

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        dragX = pressX;
        dragY = pressY;
        dragging = false;
        pressButton = e.getButton();
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (pressButton != MouseButton.PRIMARY && geometry != null) {
            geometry.pan(e.getX() - dragX, e.getY() - dragY);
            userZoomed = true;
        }
        dragX = e.getX();
        dragY = e.getY();
        requestRedraw();
    }

    private void released(MouseEvent e) {
        SeatMap map = getSkinnable();
        if (geometry == null || pressButton != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        if (dragging) {
            geometry.seatsIn(pressX, pressY, e.getX(), e.getY()).stream().filter(map::takeable).forEach(map.getSelection()::add);
        } else {
            Long seat = geometry.seatAt(e.getX(), e.getY());
            if (seat != null) {
                map.focusedSeatProperty().set(seat);
                map.toggle(seat);
            }
        }
        dragging = false;
        requestRedraw();
    }

    private void scrolled(ScrollEvent e) {
        if (geometry != null && e.getDeltaY() != 0) {
            geometry.zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            userZoomed = true;
            requestRedraw();
        }
    }

    private void key(KeyEvent e) {
        SeatMap map = getSkinnable();
        if (geometry == null) {
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
            Long next = focus == null ? (geometry.seats().isEmpty() ? null : geometry.seats().get(0).id()) : geometry.neighbour(focus, d);
            if (next != null) {
                map.focusedSeatProperty().set(next);
                map.pointedSeatProperty().set(next);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE && focus != null) {
            map.toggle(focus);
            e.consume();
        } else if (e.getCode() == KeyCode.R && focus != null) {
            geometry.row(focus).stream().filter(map::takeable).forEach(map.getSelection()::add);
            e.consume();
        } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
            geometry.zoom(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2);
            userZoomed = true;
            requestRedraw();
            e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            geometry.zoom(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2);
            userZoomed = true;
            requestRedraw();
            e.consume();
        } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
            userZoomed = false;
            fit();
            e.consume();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (geometry == null) {
            return;
        }
        SeatMap map = getSkinnable();
        VenueLayout layout = geometry.layout();
        double s = geometry.scale();
        drawStage(g);

        double d = SeatGeometry.SEAT_SIZE * s;
        Font glyphFont = Font.font("System", FontWeight.BOLD, d * 0.55);
        if (d >= 9) {
            // row letters left of each row's first seat, so a seat can be found by its label
            g.setFill(Color.web("#57606a"));
            g.setFont(Font.font("System", FontWeight.NORMAL, Math.min(14, d * 0.6)));
            for (var section : layout.sections()) {
                for (var row : section.rows()) {
                    if (!row.seats().isEmpty()) {
                        SeatView first = row.seats().get(0);
                        g.fillText(row.label(), geometry.screenX(first.x() - 1), geometry.screenY(first.y()));
                    }
                }
            }
        }
        Long focus = map.focusedSeatProperty().get();
        for (SeatView seat : geometry.seats()) {
            double cx = geometry.screenX(seat.x());
            double cy = geometry.screenY(seat.y());
            if (cx < -d || cy < -d || cx > w + d || cy > h + d) {
                continue;
            }
            drawSeat(g, seat, cx, cy, d, glyphFont, focus);
        }
        if (dragging && pressButton == MouseButton.PRIMARY) {
            g.setStroke(Color.web("#0072b2"));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeRect(Math.min(pressX, dragX), Math.min(pressY, dragY), Math.abs(dragX - pressX), Math.abs(dragY - pressY));
            g.setLineDashes(null);
        }
    }

    private void drawStage(GraphicsContext g) {
        VenueLayout layout = geometry.layout();
        double s = geometry.scale();
        double sx = geometry.screenX(layout.stageX());
        double sy = geometry.screenY(layout.stageY());
        g.setFill(Color.web("#2f3542"));
        g.fillRoundRect(sx, sy, layout.stageWidth() * s, layout.stageDepth() * s, 8, 8);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(TerminalFont.BOLD, Math.max(10, Math.min(18, s)))); // "무대" needs Hangul
        g.fillText(getSkinnable().getStageLabel(), sx + layout.stageWidth() * s / 2, sy + layout.stageDepth() * s / 2);
    }

    /**
     * How far a seat's drawing reaches past its circle: half its outline (0.08 d wide), or the focus ring
     * (2.5 px out), plus a pixel of anti-aliasing.
     */
    static double margin(double d) {
        return Math.max(3, Math.ceil(0.04 * d + 1.5));
    }

    /** One seat, within its circle's box plus {@link #margin}, so it can be repainted alone. */
    private void drawSeat(GraphicsContext g, SeatView seat, double cx, double cy, double d, Font glyphFont, Long focus) {
        SeatMap map = getSkinnable();
        SeatLook.Role role = map.getMine().contains(seat.id()) ? SeatLook.Role.MINE
                : map.getSelection().contains(seat.id()) ? SeatLook.Role.SELECTED : SeatLook.Role.NOBODY;
        SeatLook look = SeatLook.of(map.status(seat.id()), role, seat.accessible());
        double x = cx - d / 2;
        double y = cy - d / 2;
        g.setFill(Color.web(look.fill()));
        g.fillOval(x, y, d, d);
        g.setStroke(Color.web(look.stroke()));
        g.setLineWidth(Math.max(1, d * 0.08));
        pattern(g, look.pattern(), x, y, d);
        g.strokeOval(x, y, d, d);
        if (d >= 11 && !look.glyph().isEmpty()) {
            g.setFont(glyphFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(look.fill().equals(SeatLook.AVAILABLE) || look.fill().equals(SeatLook.BLOCKED) || look.fill().equals(SeatLook.ACCESSIBLE)
                    || look.fill().equals(SeatLook.UNKNOWN)
                    ? Color.web("#1a1a1a") : Color.WHITE);
            g.fillText(look.glyph(), cx, cy);
        }
        if (focus != null && focus == seat.id()) {
            // a black ring just outside the seat (inside the margin a repaint covers): no status uses black
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            g.strokeOval(x - 1.5, y - 1.5, d + 3, d + 3);
        }
    }

    private static void pattern(GraphicsContext g, SeatLook.Pattern pattern, double x, double y, double d) {
        switch (pattern) {
            case HATCH -> {
                g.save();
                g.beginPath();
                g.arc(x + d / 2, y + d / 2, d / 2, d / 2, 0, 360);
                g.clip();
                for (double k = -d; k < d; k += Math.max(3, d / 4)) {
                    g.strokeLine(x + k, y + d, x + k + d, y);
                }
                g.restore();
            }
            case CROSS -> {
                double m = d * 0.22;
                g.strokeLine(x + m, y + m, x + d - m, y + d - m);
                g.strokeLine(x + d - m, y + m, x + m, y + d - m);
            }
            case RING -> g.strokeOval(x + d * 0.15, y + d * 0.15, d * 0.7, d * 0.7);
            case NONE -> {
            }
        }
    }
}
