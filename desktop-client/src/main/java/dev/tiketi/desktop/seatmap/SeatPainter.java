package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a seat plan on a {@link GraphicsContext}, knowing nothing of controls or input: background, stage,
 * section names, row labels, seats, the keyboard's focus ring, the dashed ring of a watched seat, a drag
 * rectangle and, while zoomed in, an overview of the hall. Everything is drawn by one routine that can be limited to a rectangle, so repainting
 * one seat's square replays exactly what a full paint puts there and the two agree pixel for pixel.
 */
final class SeatPainter {
    /** The look of each seat: the sale rules by default, the layout editor's flags in the editor. */
    interface Looks {
        SeatLook look(SeatView seat);
    }

    /**
     * What to paint besides the plan.
     *
     * @param watched    seats watched for a customer (each gets a dashed ring)
     * @param rubberBand the drag rectangle {x0, y0, x1, y1} in screen pixels, or null
     */
    record Frame(double width, double height, Long focus, Set<Long> watched, double[] rubberBand, String stageText, String fontFamily) {
    }

    static final double OVERVIEW_MAX_WIDTH = 170;
    static final double OVERVIEW_MAX_HEIGHT = 110;
    static final double OVERVIEW_INSET = 10;
    /** Below this a seat is too small for a letter. */
    static final double GLYPH_MIN = 11;

    private final SeatGeometry geometry;
    private final SeatPalette palette;
    private final Looks looks;
    private final Frame frame;
    private final Map<String, Color> colours = new HashMap<>();
    private final double d;
    private final Font glyphFont;
    private final Font rowFont;
    private final Font sectionFont;
    private final Font stageFont;
    /** Set when a text would be drawn in probe mode (a null GraphicsContext): see {@link #repaintsAlone}. */
    private boolean textHit;

    SeatPainter(SeatGeometry geometry, SeatPalette palette, Looks looks, Frame frame) {
        this.geometry = geometry;
        this.palette = palette;
        this.looks = looks;
        this.frame = frame;
        double s = geometry.scale();
        this.d = geometry.seatPixels();
        this.glyphFont = Font.font(frame.fontFamily(), FontWeight.BOLD, d * 0.55);
        this.rowFont = Font.font(frame.fontFamily(), FontWeight.NORMAL, clamp(s * 0.6, 7, 14));
        this.sectionFont = Font.font(frame.fontFamily(), FontWeight.BOLD, clamp(s * 0.8, 9, 20));
        this.stageFont = Font.font(frame.fontFamily(), FontWeight.BOLD, clamp(s, 10, 18));
    }

    /** Paints the whole view. */
    void paint(GraphicsContext g) {
        paintArea(g, 0, 0, frame.width(), frame.height());
    }

    /** Repaints one seat's square (its circle, outline and focus ring), clipped, exactly as {@link #paint} would. */
    void repaintSeat(GraphicsContext g, long seatId) {
        SeatView seat = geometry.seat(seatId);
        if (seat == null) {
            return;
        }
        double cx = geometry.screenX(seat.x());
        double cy = geometry.screenY(seat.y());
        double half = d / 2 + margin(d, palette.strokeScale());
        // whole pixels: a clip edge through a pixel would blend the repaint with what was there
        double x0 = Math.floor(cx - half);
        double y0 = Math.floor(cy - half);
        double x1 = Math.ceil(cx + half);
        double y1 = Math.ceil(cy + half);
        g.save();
        g.beginPath();
        g.rect(x0, y0, x1 - x0, y1 - y0);
        g.clip();
        paintArea(g, x0, y0, x1, y1);
        g.restore();
    }

    /**
     * Whether a seat's square can be repainted alone: not where it meets text (stage caption, section name, row
     * label), because text clipped to a small square is not always rasterised exactly as unclipped text. Such
     * seats (beside a row label, under a pinned one) are rare: their change repaints the whole view.
     */
    boolean repaintsAlone(long seatId) {
        SeatView seat = geometry.seat(seatId);
        if (seat == null) {
            return true;
        }
        double cx = geometry.screenX(seat.x());
        double cy = geometry.screenY(seat.y());
        double half = d / 2 + margin(d, palette.strokeScale());
        Area area = new Area(Math.floor(cx - half), Math.floor(cy - half), Math.ceil(cx + half), Math.ceil(cy + half));
        textHit = false;
        paintStage(null, area);
        paintSectionNames(null, area);
        paintRowLabels(null, area, false);
        paintRowLabels(null, area, true);
        return !textHit;
    }

    /**
     * How far a seat's drawing reaches past its circle: half its outline, the focus ring (2.5 px out) or the
     * watched ring, plus a pixel of anti-aliasing.
     */
    static double margin(double d, double strokeScale) {
        return Math.max(3, Math.ceil(Math.max(0.04 * d * strokeScale + 1.5, watchGap(d, strokeScale) + watchWidth(strokeScale) / 2 + 1)));
    }

    /** The watched ring's distance outside the seat: clear of the focus ring and of the seat's own outline. */
    static double watchGap(double d, double strokeScale) {
        return Math.max(3.5, 0.04 * d * strokeScale + 2.5);
    }

    static double watchWidth(double strokeScale) {
        return 2 * strokeScale;
    }

    /** Everything that reaches into the rectangle, in paint order; outside it, nothing is touched. */
    private void paintArea(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.setFill(colour(palette.background()));
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
        Area area = new Area(x0, y0, x1, y1);
        paintStage(g, area);
        paintSectionNames(g, area);
        paintRowLabels(g, area, false);
        double reach = d / 2 + margin(d, palette.strokeScale());
        for (SeatView seat : geometry.seats()) {
            double cx = geometry.screenX(seat.x());
            double cy = geometry.screenY(seat.y());
            if (area.touches(cx - reach, cy - reach, cx + reach, cy + reach)) {
                Long focus = frame.focus();
                drawSeat(g, looks.look(seat), cx, cy, d, glyphFont, focus != null && focus == seat.id(), palette.strokeScale(), this::colour);
                if (frame.watched().contains(seat.id())) {
                    drawWatch(g, looks.look(seat), cx, cy, d, palette, this::colour);
                }
            }
        }
        paintRowLabels(g, area, true);
        paintRubberBand(g, area);
        paintOverview(g, area);
    }

    private void paintStage(GraphicsContext g, Area area) {
        VenueLayout layout = geometry.layout();
        double s = geometry.scale();
        double sx = geometry.screenX(layout.stageX());
        double sy = geometry.screenY(layout.stageY());
        double sw = layout.stageWidth() * s;
        double sh = layout.stageDepth() * s;
        if (!area.touches(sx - 1, sy - 1, sx + sw + 1, sy + sh + 1) && !touchesText(area, frame.stageText(), stageFont.getSize(), sx + sw / 2, sy + sh / 2)) {
            return;
        }
        if (g == null) {
            textHit |= touchesText(area, frame.stageText(), stageFont.getSize(), sx + sw / 2, sy + sh / 2);
            return;
        }
        g.setFill(colour(palette.stage()));
        g.fillRoundRect(sx, sy, sw, sh, 8, 8);
        g.setFill(colour(palette.stageText()));
        text(g, stageFont, frame.stageText(), sx + sw / 2, sy + sh / 2);
    }

    private void paintSectionNames(GraphicsContext g, Area area) {
        if (geometry.sections().size() < 2) {
            return; // one block: its name says nothing the venue's does not
        }
        double size = sectionFont.getSize();
        for (SeatGeometry.SectionBox box : geometry.sections()) {
            double x = geometry.screenX((box.minX() + box.maxX()) / 2);
            double y = geometry.screenY(box.minY()) - size * 0.8;
            if (touchesText(area, box.name(), size, x, y)) {
                if (g == null) {
                    textHit = true;
                    return;
                }
                g.setFill(colour(palette.sectionLabel()));
                text(g, sectionFont, box.name(), x, y);
            }
        }
    }

    /**
     * Row labels left of each row's first seat, at every zoom. When zoomed in so far that the label would be
     * off the left edge while the row is still in view, it is pinned to the edge over the seats, on a plate.
     */
    private void paintRowLabels(GraphicsContext g, Area area, boolean pinned) {
        double size = rowFont.getSize();
        for (SectionLayout section : geometry.layout().sections()) {
            for (RowLayout row : section.rows()) {
                if (row.seats().isEmpty()) {
                    continue;
                }
                SeatView first = row.seats().get(0);
                SeatView last = row.seats().get(row.seats().size() - 1);
                double halfWidth = textWidth(row.label(), size) / 2;
                double x = geometry.screenX(first.x() - 1);
                double y = geometry.screenY(first.y());
                boolean offLeft = x - halfWidth < 0 && geometry.screenX(last.x()) > 2 * halfWidth + 8;
                if (offLeft != pinned) {
                    continue;
                }
                if (pinned) {
                    x = halfWidth + 5;
                    y = geometry.screenY((first.y() + last.y()) / 2);
                    if (y < -size || y > frame.height() + size) {
                        continue;
                    }
                }
                if (!touchesText(area, row.label(), size, x, y)) {
                    continue;
                }
                if (g == null) {
                    textHit = true;
                    return;
                }
                if (pinned) {
                    g.setFill(colour(palette.background()).deriveColor(0, 1, 1, 0.85));
                    g.fillRoundRect(x - halfWidth - 3, y - size * 0.7, 2 * halfWidth + 6, size * 1.4, 6, 6);
                }
                g.setFill(colour(palette.rowLabel()));
                text(g, rowFont, row.label(), x, y);
            }
        }
    }

    private void paintRubberBand(GraphicsContext g, Area area) {
        double[] r = frame.rubberBand();
        if (r == null) {
            return;
        }
        double x = Math.min(r[0], r[2]);
        double y = Math.min(r[1], r[3]);
        double w = Math.abs(r[2] - r[0]);
        double h = Math.abs(r[3] - r[1]);
        if (area.touches(x - 2, y - 2, x + w + 2, y + h + 2)) {
            g.setStroke(colour(palette.accent()));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeRect(x, y, w, h);
            g.setLineDashes(null);
        }
    }

    /** The overview's rectangle {x, y, w, h} in the bottom-right corner, or null when the whole hall is in view. */
    double[] overviewBox() {
        if (!geometry.zoomedIn(frame.width(), frame.height())) {
            return null;
        }
        double[] b = geometry.planBounds();
        double aspect = (b[2] - b[0]) / (b[3] - b[1]);
        double w = OVERVIEW_MAX_WIDTH;
        double h = w / aspect;
        if (h > OVERVIEW_MAX_HEIGHT) {
            h = OVERVIEW_MAX_HEIGHT;
            w = h * aspect;
        }
        if (w + 2 * OVERVIEW_INSET > frame.width() / 2 || h + 2 * OVERVIEW_INSET > frame.height() / 2) {
            return null; // a view this small has no room for it
        }
        return new double[] {Math.floor(frame.width() - w - OVERVIEW_INSET), Math.floor(frame.height() - h - OVERVIEW_INSET), w, h};
    }

    /** The hall's outline (stage, sections) with the part now in view framed. */
    private void paintOverview(GraphicsContext g, Area area) {
        double[] o = overviewBox();
        if (o == null || !area.touches(o[0] - 2, o[1] - 2, o[0] + o[2] + 2, o[1] + o[3] + 2)) {
            return;
        }
        double[] b = geometry.planBounds();
        double k = o[2] / (b[2] - b[0]);
        Function<Double, Double> ox = x -> o[0] + (x - b[0]) * k;
        Function<Double, Double> oy = y -> o[1] + (y - b[1]) * k;
        g.save();
        g.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(o[0] - 4, o[1] - 4, o[2] + 8, o[3] + 8, 8, 8);
        g.setStroke(colour(palette.rowLabel()));
        g.setLineWidth(1);
        g.strokeRoundRect(o[0] - 4, o[1] - 4, o[2] + 8, o[3] + 8, 8, 8);
        VenueLayout layout = geometry.layout();
        g.setFill(colour(palette.stage()));
        g.fillRect(ox.apply(layout.stageX()), oy.apply(layout.stageY()), layout.stageWidth() * k, layout.stageDepth() * k);
        g.setFill(colour(palette.blocked()));
        for (SeatGeometry.SectionBox s : geometry.sections()) {
            g.fillRect(ox.apply(s.minX()), oy.apply(s.minY()), (s.maxX() - s.minX()) * k, (s.maxY() - s.minY()) * k);
        }
        double[] v = geometry.viewport(frame.width(), frame.height());
        g.beginPath();
        g.rect(o[0] - 1, o[1] - 1, o[2] + 2, o[3] + 2);
        g.clip();
        g.setStroke(colour(palette.accent()));
        g.setLineWidth(2);
        g.strokeRect(ox.apply(v[0]), oy.apply(v[1]), (v[2] - v[0]) * k, (v[3] - v[1]) * k);
        g.restore();
    }

    /** One seat, within its box plus {@link #margin}, so it can be repainted alone; also the legend's swatches. */
    static void drawSeat(GraphicsContext g, SeatLook look, double cx, double cy, double d, Font glyphFont, boolean focused,
                         double strokeScale, Function<String, Color> colour) {
        double x = cx - d / 2;
        double y = cy - d / 2;
        boolean square = look.shape() == SeatLook.Shape.SQUARE;
        double arc = d * 0.35;
        g.setFill(colour.apply(look.fill()));
        if (square) {
            g.fillRoundRect(x, y, d, d, arc, arc);
        } else {
            g.fillOval(x, y, d, d);
        }
        g.setStroke(colour.apply(look.stroke()));
        g.setLineWidth(Math.max(1, d * 0.08) * strokeScale);
        pattern(g, look, x, y, d);
        if (square) {
            g.strokeRoundRect(x, y, d, d, arc, arc);
        } else {
            g.strokeOval(x, y, d, d);
        }
        if (d >= GLYPH_MIN && !look.glyph().isEmpty()) {
            g.setFill(colour.apply(look.ink()));
            text(g, glyphFont, look.glyph(), cx, cy);
        }
        if (focused) {
            // a black ring just outside the seat (inside the margin a repaint covers)
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            if (square) {
                g.strokeRoundRect(x - 1.5, y - 1.5, d + 3, d + 3, arc + 3, arc + 3);
            } else {
                g.strokeOval(x - 1.5, y - 1.5, d + 3, d + 3);
            }
        }
    }

    /**
     * The mark of a seat watched for a customer: a dashed ring just outside the focus ring, in the palette's watch
     * colour (no tier's), so it adds to the seat's status instead of replacing it and reads without colour.
     */
    static void drawWatch(GraphicsContext g, SeatLook look, double cx, double cy, double d, SeatPalette palette,
                          Function<String, Color> colour) {
        double r = d / 2 + watchGap(d, palette.strokeScale());
        double dash = Math.max(2.5, r * 0.5);
        g.save();
        g.setStroke(colour.apply(palette.watch()));
        g.setLineWidth(watchWidth(palette.strokeScale()));
        g.setLineDashes(dash, dash * 0.6);
        if (look.shape() == SeatLook.Shape.SQUARE) {
            double arc = d * 0.35 + 2 * (r - d / 2);
            g.strokeRoundRect(cx - r, cy - r, 2 * r, 2 * r, arc, arc);
        } else {
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    private static void pattern(GraphicsContext g, SeatLook look, double x, double y, double d) {
        boolean square = look.shape() == SeatLook.Shape.SQUARE;
        switch (look.pattern()) {
            case HATCH -> {
                g.save();
                g.beginPath();
                if (square) {
                    g.rect(x, y, d, d);
                } else {
                    g.arc(x + d / 2, y + d / 2, d / 2, d / 2, 0, 360);
                }
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
            case RING -> {
                if (square) {
                    g.strokeRoundRect(x + d * 0.17, y + d * 0.17, d * 0.66, d * 0.66, d * 0.2, d * 0.2);
                } else {
                    g.strokeOval(x + d * 0.15, y + d * 0.15, d * 0.7, d * 0.7);
                }
            }
            case NONE -> {
            }
        }
    }

    private static void text(GraphicsContext g, Font font, String text, double x, double y) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    /** A generous width for centred text (wide enough for Hangul): only decides what a partial repaint replays. */
    private static double textWidth(String text, double size) {
        return text.codePoints().mapToDouble(c -> c < 0x300 ? size * 0.7 : size * 1.1).sum() + 4;
    }

    private static boolean touchesText(Area area, String text, double size, double x, double y) {
        double half = textWidth(text, size) / 2 + 4;
        return area.touches(x - half, y - size, x + half, y + size);
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, Color::web);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private record Area(double x0, double y0, double x1, double y1) {
        boolean touches(double ax0, double ay0, double ax1, double ay1) {
            return ax1 >= x0 && ax0 <= x1 && ay1 >= y0 && ay0 <= y1;
        }
    }
}
