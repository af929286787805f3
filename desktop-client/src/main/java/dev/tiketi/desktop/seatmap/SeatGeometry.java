package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each seat of a venue is on screen, with no JavaFX in it so it can be tested alone: the layout's seat
 * pitches mapped by a scale and an offset (fit, zoom about a point, pan), hit-testing, rectangle selection,
 * whole rows, and the nearest seat in an arrow key's direction.
 */
public final class SeatGeometry {
    /** A seat is a circle of this diameter, in seat pitches. */
    public static final double SEAT_SIZE = 0.82;
    public static final double MIN_SCALE = 2;
    public static final double MAX_SCALE = 120;

    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private final VenueLayout layout;
    private final List<SeatView> seats = new ArrayList<>();
    private final Map<Long, SeatView> byId = new HashMap<>();
    private final Map<Long, List<Long>> rowOf = new HashMap<>();
    private final Map<Long, String> sectionOf = new HashMap<>();
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double scale = 10;
    private double offsetX;
    private double offsetY;

    public SeatGeometry(VenueLayout layout) {
        this.layout = layout;
        double x0 = layout.stageX();
        double y0 = layout.stageY();
        double x1 = layout.stageX() + layout.stageWidth();
        double y1 = layout.stageY() + layout.stageDepth();
        for (SectionLayout section : layout.sections()) {
            for (RowLayout row : section.rows()) {
                List<Long> ids = new ArrayList<>();
                for (SeatView s : row.seats()) {
                    seats.add(s);
                    byId.put(s.id(), s);
                    ids.add(s.id());
                    sectionOf.put(s.id(), section.name());
                    x0 = Math.min(x0, s.x() - 0.5);
                    y0 = Math.min(y0, s.y() - 0.5);
                    x1 = Math.max(x1, s.x() + 0.5);
                    y1 = Math.max(y1, s.y() + 0.5);
                }
                List<Long> frozen = List.copyOf(ids);
                frozen.forEach(id -> rowOf.put(id, frozen));
            }
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = x1;
        this.maxY = y1;
    }

    public VenueLayout layout() {
        return layout;
    }

    public List<SeatView> seats() {
        return seats;
    }

    public SeatView seat(long id) {
        return byId.get(id);
    }

    public String sectionName(long seatId) {
        return sectionOf.get(seatId);
    }

    public double scale() {
        return scale;
    }

    /** Scales and centres the whole plan (stage included) into a width × height area with a margin. */
    public void fit(double width, double height) {
        double margin = 16;
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        scale = clamp(Math.min(w / (maxX - minX), h / (maxY - minY)));
        offsetX = (width - (maxX - minX) * scale) / 2 - minX * scale;
        offsetY = (height - (maxY - minY) * scale) / 2 - minY * scale;
    }

    /** Zooms by {@code factor} keeping the plan point under (px, py) where it is. */
    public void zoom(double factor, double px, double py) {
        double next = clamp(scale * factor);
        double planX = (px - offsetX) / scale;
        double planY = (py - offsetY) / scale;
        scale = next;
        offsetX = px - planX * scale;
        offsetY = py - planY * scale;
    }

    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    public double screenX(double planX) {
        return offsetX + planX * scale;
    }

    public double screenY(double planY) {
        return offsetY + planY * scale;
    }

    /** The seat whose circle contains the screen point, or null. */
    public Long seatAt(double px, double py) {
        double planX = (px - offsetX) / scale;
        double planY = (py - offsetY) / scale;
        double r = SEAT_SIZE / 2;
        for (SeatView s : seats) {
            double dx = s.x() - planX;
            double dy = s.y() - planY;
            if (dx * dx + dy * dy <= r * r) {
                return s.id();
            }
        }
        return null;
    }

    /** Seats whose centres lie in the screen rectangle spanned by two corners. */
    public Set<Long> seatsIn(double ax, double ay, double bx, double by) {
        double x0 = Math.min(ax, bx);
        double x1 = Math.max(ax, bx);
        double y0 = Math.min(ay, by);
        double y1 = Math.max(ay, by);
        Set<Long> out = new LinkedHashSet<>();
        for (SeatView s : seats) {
            double sx = screenX(s.x());
            double sy = screenY(s.y());
            if (sx >= x0 && sx <= x1 && sy >= y0 && sy <= y1) {
                out.add(s.id());
            }
        }
        return out;
    }

    /** Every seat of the seat's row (in its section), in order. */
    public List<Long> row(long seatId) {
        return rowOf.getOrDefault(seatId, List.of());
    }

    /**
     * The nearest seat from {@code from} in a direction (up = towards the stage): the closest by distance
     * along the direction, with sideways distance weighing three times as much, so arrows follow rows.
     */
    public Long neighbour(long from, Direction direction) {
        SeatView a = byId.get(from);
        if (a == null) {
            return seats.isEmpty() ? null : seats.get(0).id();
        }
        Long best = null;
        double bestScore = Double.MAX_VALUE;
        for (SeatView s : seats) {
            double dx = s.x() - a.x();
            double dy = s.y() - a.y();
            double along = switch (direction) {
                case RIGHT -> dx;
                case LEFT -> -dx;
                case DOWN -> dy;
                case UP -> -dy;
            };
            double across = direction == Direction.LEFT || direction == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (along <= 0.1 || s.id() == from) {
                continue;
            }
            double score = along + 3 * across;
            if (score < bestScore) {
                bestScore = score;
                best = s.id();
            }
        }
        return best;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
