package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.BestSeats;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Where each seat of a venue is on screen, with no JavaFX in it so it can be tested alone: the layout's seat
 * pitches mapped by a scale and an offset (fit, zoom about a point, pan), hit-testing, rectangle selection,
 * whole rows, the nearest seat in an arrow key's direction, following a seat with the view, and the seat the
 * server's best-available would pick first.
 */
public final class SeatGeometry {
    /** A seat is a circle of this diameter, in seat pitches. */
    public static final double SEAT_SIZE = 0.82;
    public static final double MIN_SCALE = 2;
    public static final double MAX_SCALE = 120;

    public enum Direction { UP, DOWN, LEFT, RIGHT }

    /** A section's name and the plan rectangle around its seats (seat circles included). */
    public record SectionBox(String code, String name, double minX, double minY, double maxX, double maxY) {
    }

    private final VenueLayout layout;
    private final List<SeatView> seats = new ArrayList<>();
    private final Map<Long, SeatView> byId = new HashMap<>();
    private final Map<Long, List<Long>> rowOf = new HashMap<>();
    private final Map<Long, String> sectionOf = new HashMap<>();
    private final Map<Long, String> sectionCodeOf = new HashMap<>();
    private final List<SectionBox> sectionBoxes = new ArrayList<>();
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double scale = 10;
    private double fitScale = 10;
    private double offsetX;
    private double offsetY;

    public SeatGeometry(VenueLayout layout) {
        this.layout = layout;
        double x0 = layout.stageX();
        double y0 = layout.stageY();
        double x1 = layout.stageX() + layout.stageWidth();
        double y1 = layout.stageY() + layout.stageDepth();
        for (SectionLayout section : layout.sections()) {
            double sx0 = Double.MAX_VALUE;
            double sy0 = Double.MAX_VALUE;
            double sx1 = -Double.MAX_VALUE;
            double sy1 = -Double.MAX_VALUE;
            for (RowLayout row : section.rows()) {
                List<Long> ids = new ArrayList<>();
                for (SeatView s : row.seats()) {
                    seats.add(s);
                    byId.put(s.id(), s);
                    ids.add(s.id());
                    sectionOf.put(s.id(), section.name());
                    sectionCodeOf.put(s.id(), section.code());
                    sx0 = Math.min(sx0, s.x() - SEAT_SIZE / 2);
                    sy0 = Math.min(sy0, s.y() - SEAT_SIZE / 2);
                    sx1 = Math.max(sx1, s.x() + SEAT_SIZE / 2);
                    sy1 = Math.max(sy1, s.y() + SEAT_SIZE / 2);
                    x0 = Math.min(x0, s.x() - 0.5);
                    y0 = Math.min(y0, s.y() - 0.5);
                    x1 = Math.max(x1, s.x() + 0.5);
                    y1 = Math.max(y1, s.y() + 0.5);
                }
                List<Long> frozen = List.copyOf(ids);
                frozen.forEach(id -> rowOf.put(id, frozen));
            }
            if (sx0 <= sx1) {
                sectionBoxes.add(new SectionBox(section.code(), section.name(), sx0, sy0, sx1, sy1));
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

    /** A seat's diameter on screen, in pixels. */
    public double seatPixels() {
        return SEAT_SIZE * scale;
    }

    public List<SectionBox> sections() {
        return sectionBoxes;
    }

    /** The plan's extent (stage and every seat): {minX, minY, maxX, maxY} in seat pitches. */
    public double[] planBounds() {
        return new double[] {minX, minY, maxX, maxY};
    }

    /** The part of the plan a width × height view shows: {minX, minY, maxX, maxY} in seat pitches. */
    public double[] viewport(double width, double height) {
        return new double[] {planX(0), planY(0), planX(width), planY(height)};
    }

    /** Whether the view shows less than the whole plan: then an overview of the hall helps. */
    public boolean zoomedIn(double width, double height) {
        double[] v = viewport(width, height);
        double slack = 0.5;
        return v[0] > minX + slack || v[1] > minY + slack || v[2] < maxX - slack || v[3] < maxY - slack;
    }

    /** Scales and centres the whole plan (stage included) into a width × height area with a margin. */
    public void fit(double width, double height) {
        double margin = 16;
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        scale = clamp(Math.min(w / (maxX - minX), h / (maxY - minY)));
        fitScale = scale;
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

    /** Zooms to an absolute scale keeping the plan point under (px, py) where it is. */
    public void zoomTo(double target, double px, double py) {
        zoom(target / scale, px, py);
    }

    /** The scale at which the last {@link #fit} showed the whole plan. */
    public double fitScale() {
        return fitScale;
    }

    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /**
     * Pans as little as possible so the seat's circle lies at least {@code margin} pixels inside a width ×
     * height view (centred, if the view is too small for that). True if the view moved.
     */
    public boolean follow(long seatId, double width, double height, double margin) {
        SeatView s = byId.get(seatId);
        if (s == null) {
            return false;
        }
        double half = seatPixels() / 2 + margin;
        double dx = shift(screenX(s.x()), half, width);
        double dy = shift(screenY(s.y()), half, height);
        pan(dx, dy);
        return dx != 0 || dy != 0;
    }

    private static double shift(double at, double half, double size) {
        double eps = 1e-6; // a seat already put at the edge stays put despite rounding
        if (2 * half >= size) {
            return Math.abs(size / 2 - at) < eps ? 0 : size / 2 - at;
        }
        if (at - half < -eps) {
            return half - at;
        }
        if (at + half > size + eps) {
            return size - half - at;
        }
        return 0;
    }

    public double planX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double planY(double screenY) {
        return (screenY - offsetY) / scale;
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

    /**
     * The seat nearest the screen point within half a seat pitch of its centre, or null: a finger's target,
     * a whole pitch across, larger than the drawn circle ({@link #seatAt} is the mouse's).
     */
    public Long seatNear(double px, double py) {
        double planX = planX(px);
        double planY = planY(py);
        Long best = null;
        double bestD = 0.25; // (half a pitch)²
        for (SeatView s : seats) {
            double dx = s.x() - planX;
            double dy = s.y() - planY;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = s.id();
            }
        }
        return best;
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

    /**
     * The seats of a tier the server's best-available would hold for {@code n} seats, best first, or an empty
     * list: the one rule both use ({@link BestSeats}). Blocked seats never count; accessible seats only when
     * asked for, and then only they do.
     */
    public List<Long> best(String tierCode, int n, boolean accessible, LongPredicate free) {
        double stageX = layout.stageX() + layout.stageWidth() / 2;
        double stageY = layout.stageY() + layout.stageDepth() / 2;
        List<Placed> tier = seats.stream().filter(s -> s.tierCode().equals(tierCode))
                .map(s -> new Placed(s, sectionCodeOf.get(s.id()))).toList();
        Predicate<Placed> usable = p -> !p.seat().blocked() && p.seat().accessible() == accessible && free.test(p.id());
        return BestSeats.choose(tier, usable, n, stageX, stageY).stream().map(Placed::id).toList();
    }

    /** A seat with its section's code, which the rule orders rows by and {@link SeatView} does not carry. */
    private record Placed(SeatView seat, String section) implements BestSeats.Place {
        @Override
        public long id() {
            return seat.id();
        }

        @Override
        public String row() {
            return seat.row();
        }

        @Override
        public int number() {
            return seat.number();
        }

        @Override
        public double x() {
            return seat.x();
        }

        @Override
        public double y() {
            return seat.y();
        }
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
