package dev.tiketi.model.catalog;

import dev.tiketi.model.error.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns section specs (rows x seats, labels, straight or curved, tiers, blocked and accessible seats) into
 * placed seats. Coordinates are in seat pitches: x grows to the audience's right, y away from the stage.
 * Pure: no database, so it is unit-tested directly. It lives here, once, because the server places the seats it
 * stores with it and the admin terminal previews a layout with it while it is edited: the two cannot disagree.
 */
public final class LayoutGenerator {
    public static final int MAX_SEATS = 20_000;
    public static final double ROW_PITCH = 1.2;
    public static final double SECTION_GAP = 2.0;
    public static final double STAGE_GAP = 2.0;
    public static final double STAGE_DEPTH = 3.0;

    private LayoutGenerator() {
    }

    /** The placed seats; {@link InvalidLayoutException} lists every field that does not fit (paths as in {@code VenueRequest}). */
    public static GeneratedLayout generate(List<SectionSpec> specs) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        long total = 0;
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            if (!codes.add(spec.code())) {
                errors.add(new FieldError("sections[" + i + "].code", "section code '" + spec.code() + "' is used twice"));
            }
            total += (long) spec.rows() * spec.seatsPerRow();
        }
        if (total > MAX_SEATS) {
            errors.add(new FieldError("sections", "a venue has at most " + MAX_SEATS + " seats, this one " + total));
        }
        if (!errors.isEmpty()) {
            throw new InvalidLayoutException(errors);
        }

        List<GeneratedLayout.Section> sections = new ArrayList<>();
        double nextX = 0;
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            double originX = spec.offsetX() != null ? spec.offsetX() : nextX;
            double originY = spec.offsetY() != null ? spec.offsetY() : 0;
            List<GeneratedLayout.Seat> seats = placeSection(spec, "sections[" + i + "]", originX, originY, errors);
            sections.add(new GeneratedLayout.Section(spec.code(), spec.name(), i, seats));
            nextX = Math.max(nextX, originX + spec.seatsPerRow() + SECTION_GAP);
        }
        if (!errors.isEmpty()) {
            throw new InvalidLayoutException(errors);
        }
        return withStage(sections);
    }

    private static List<GeneratedLayout.Seat> placeSection(SectionSpec spec, String path, double originX,
                                                           double originY, List<FieldError> errors) {
        List<String> rowLabels = rowLabels(spec.firstRowLabel(), spec.rows());
        Set<String> rowSet = new HashSet<>(rowLabels);
        Set<String> blocked = seatRefs(spec.blockedSeats(), rowSet, spec.seatsPerRow(), path + ".blockedSeats", errors);
        Set<String> accessible = seatRefs(spec.accessibleSeats(), rowSet, spec.seatsPerRow(), path + ".accessibleSeats", errors);
        for (String row : spec.accessibleRows()) {
            if (!rowSet.contains(row)) {
                errors.add(new FieldError(path + ".accessibleRows", "row '" + row + "' does not exist"));
            }
        }
        for (String row : spec.rowTiers().keySet()) {
            if (!rowSet.contains(row)) {
                errors.add(new FieldError(path + ".rowTiers", "row '" + row + "' does not exist"));
            }
        }
        Set<String> accessibleRows = new HashSet<>(spec.accessibleRows());

        List<GeneratedLayout.Seat> seats = new ArrayList<>(spec.rows() * spec.seatsPerRow());
        int n = spec.seatsPerRow();
        // A curved section bends each row around a point in front of it, so the row's ends turn to the stage.
        double frontRadius = Math.max(n * 0.9, 8);
        double centreX = originX + n / 2.0;
        for (int r = 0; r < rowLabels.size(); r++) {
            String row = rowLabels.get(r);
            String tier = spec.rowTiers().getOrDefault(row, spec.tierCode());
            double radius = frontRadius + 0.5 + r * ROW_PITCH;
            for (int number = 1; number <= n; number++) {
                double x;
                double y;
                if (spec.curved()) {
                    double angle = (number - 1 - (n - 1) / 2.0) / radius;
                    x = centreX + radius * Math.sin(angle);
                    y = originY - frontRadius + radius * Math.cos(angle);
                } else {
                    x = originX + number - 0.5;
                    y = originY + 0.5 + r * ROW_PITCH;
                }
                String ref = row + "-" + number;
                seats.add(new GeneratedLayout.Seat(row, r, number, spec.code() + "-" + ref, tier,
                        round(x), round(y), accessibleRows.contains(row) || accessible.contains(ref), blocked.contains(ref)));
            }
        }
        return seats;
    }

    private static Set<String> seatRefs(List<String> refs, Set<String> rows, int seatsPerRow, String path,
                                        List<FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        for (String ref : refs) {
            int dash = ref.lastIndexOf('-');
            String row = ref.substring(0, dash);
            int number = Integer.parseInt(ref.substring(dash + 1));
            if (!rows.contains(row) || number < 1 || number > seatsPerRow) {
                errors.add(new FieldError(path, "seat '" + ref + "' does not exist"));
            } else {
                result.add(row + "-" + number); // "A-01" and "A-1" are the same seat
            }
        }
        return result;
    }

    /** "A" gives A..Z, AA, AB, ...; a digit d gives d, d+1, ... */
    public static List<String> rowLabels(String first, int count) {
        List<String> labels = new ArrayList<>(count);
        if (Character.isDigit(first.charAt(0))) {
            int start = Integer.parseInt(first);
            for (int i = 0; i < count; i++) {
                labels.add(Integer.toString(start + i));
            }
            return labels;
        }
        int start = first.charAt(0) - 'A';
        for (int i = 0; i < count; i++) {
            labels.add(letters(start + i));
        }
        return labels;
    }

    private static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index;
        do {
            sb.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return sb.toString();
    }

    private static GeneratedLayout withStage(List<GeneratedLayout.Section> sections) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (GeneratedLayout.Section section : sections) {
            for (GeneratedLayout.Seat seat : section.seats()) {
                minX = Math.min(minX, seat.x());
                maxX = Math.max(maxX, seat.x());
                minY = Math.min(minY, seat.y());
            }
        }
        double width = Math.max(6, (maxX - minX) * 0.6);
        double centre = (minX + maxX) / 2;
        return new GeneratedLayout(round(centre - width / 2), round(minY - STAGE_GAP - STAGE_DEPTH), round(width),
                STAGE_DEPTH, sections);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
