package dev.tiketi.desktop.admin.venues;

import dev.tiketi.model.catalog.LayoutGenerator;
import dev.tiketi.model.catalog.SectionSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One section of the layout generator as the admin types it, plus the seats marked on the preview (blocked and
 * accessible, as "ROW-NUMBER"). Each rule answers a message key or null; they are {@link SectionSpec}'s constraints.
 */
public final class SectionRow {
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty rows = new SimpleStringProperty("10");
    private final StringProperty seatsPerRow = new SimpleStringProperty("20");
    private final StringProperty firstRow = new SimpleStringProperty("A");
    private final BooleanProperty curved = new SimpleBooleanProperty();
    private final StringProperty tier = new SimpleStringProperty("");
    /** "A=VIP, B=VIP": rows whose tier differs from the section's. */
    private final StringProperty rowTiers = new SimpleStringProperty("");
    private final Set<String> blocked = new LinkedHashSet<>();
    private final Set<String> accessible = new LinkedHashSet<>();
    private final List<String> accessibleRows = new ArrayList<>();
    /** Where the spec placed the section, kept as it was (the form does not move sections). */
    private Double offsetX;
    private Double offsetY;

    public SectionRow(String code, String name, int rows, int seatsPerRow, String tier) {
        this.code.set(code);
        this.name.set(name);
        this.rows.set(Integer.toString(rows));
        this.seatsPerRow.set(Integer.toString(seatsPerRow));
        this.tier.set(tier);
    }

    static SectionRow of(SectionSpec s) {
        SectionRow r = new SectionRow(s.code(), s.name(), s.rows(), s.seatsPerRow(), s.tierCode());
        r.firstRow.set(s.firstRowLabel());
        r.curved.set(s.curved());
        r.rowTiers.set(String.join(", ", s.rowTiers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        r.blocked.addAll(s.blockedSeats());
        r.accessible.addAll(s.accessibleSeats());
        // rows marked accessible whole stay so; the preview's clicks add single seats
        r.accessibleRows.addAll(s.accessibleRows());
        r.offsetX = s.offsetX();
        r.offsetY = s.offsetY();
        return r;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty seatsPerRowProperty() {
        return seatsPerRow;
    }

    public StringProperty firstRowProperty() {
        return firstRow;
    }

    public BooleanProperty curvedProperty() {
        return curved;
    }

    public StringProperty tierProperty() {
        return tier;
    }

    public StringProperty rowTiersProperty() {
        return rowTiers;
    }

    public Set<String> blocked() {
        return blocked;
    }

    public Set<String> accessible() {
        return accessible;
    }

    /**
     * Marks one seat of this section as the preview's editor left it. A seat un-marked in a row that is accessible as a
     * whole turns the row into single seats, so the rest of the row stays accessible.
     */
    void mark(String row, int number, boolean isBlocked, boolean isAccessible) {
        String ref = row + "-" + number;
        if (isBlocked) {
            blocked.add(ref);
        } else {
            blocked.remove(ref);
        }
        if (accessibleRows.contains(row) && !isAccessible) {
            accessibleRows.remove(row);
            int seats = Integer.parseInt(seatsPerRow.get().strip());
            for (int n = 1; n <= seats; n++) {
                accessible.add(row + "-" + n);
            }
        }
        if (isAccessible) {
            accessible.add(ref);
        } else {
            accessible.remove(ref);
        }
    }

    boolean isBlocked(String row, int number) {
        return blocked.contains(row + "-" + number);
    }

    boolean isAccessible(String row, int number) {
        return accessibleRows.contains(row) || accessible.contains(row + "-" + number);
    }

    public String codeProblem() {
        return code.get().strip().matches("[A-Z0-9]{1,8}") ? null : "admin.venues.rule.code";
    }

    public String nameProblem() {
        String v = name.get().strip();
        return v.isEmpty() || v.length() > 80 ? "admin.venues.rule.sectionName" : null;
    }

    public String rowsProblem() {
        return between(rows.get(), 1, 100) ? null : "admin.venues.rule.rows";
    }

    public String seatsProblem() {
        return between(seatsPerRow.get(), 1, 200) ? null : "admin.venues.rule.seats";
    }

    public String firstRowProblem() {
        return firstRow.get().strip().matches("[A-Z]|[1-9]") ? null : "admin.venues.rule.firstRow";
    }

    public String tierProblem() {
        return tier.get().strip().matches("[A-Z0-9_]{1,32}") ? null : "admin.venues.rule.tier";
    }

    /** Each "ROW=TIER" names a row of the section and a tier code. */
    public String rowTiersProblem() {
        Map<String, String> parsed = parseRowTiers();
        if (parsed == null) {
            return "admin.venues.rule.rowTiers";
        }
        if (rowsProblem() != null || firstRowProblem() != null) {
            return null;
        }
        Set<String> labels = new HashSet<>(labels());
        return labels.containsAll(parsed.keySet()) ? null : "admin.venues.rule.rowTiersRow";
    }

    boolean valid() {
        return codeProblem() == null && nameProblem() == null && rowsProblem() == null && seatsProblem() == null
                && firstRowProblem() == null && tierProblem() == null && rowTiersProblem() == null;
    }

    /** The row labels this section has now. */
    List<String> labels() {
        return LayoutGenerator.rowLabels(firstRow.get().strip(), Integer.parseInt(rows.get().strip()));
    }

    private Map<String, String> parseRowTiers() {
        Map<String, String> out = new LinkedHashMap<>();
        String text = rowTiers.get().strip();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2 || !kv[0].strip().matches("[A-Z0-9]{1,4}") || !kv[1].strip().matches("[A-Z0-9_]{1,32}")) {
                return null;
            }
            out.put(kv[0].strip(), kv[1].strip());
        }
        return out;
    }

    /** The spec; call only when {@link #valid()}. Marks on seats the section no longer has are dropped. */
    SectionSpec spec() {
        Set<String> labels = new HashSet<>(labels());
        int seats = Integer.parseInt(seatsPerRow.get().strip());
        List<String> keptBlocked = blocked.stream().filter(ref -> exists(ref, labels, seats)).toList();
        List<String> keptAccessible = accessible.stream().filter(ref -> exists(ref, labels, seats)).toList();
        List<String> keptRows = accessibleRows.stream().filter(labels::contains).toList();
        return new SectionSpec(code.get().strip(), name.get().strip(), Integer.parseInt(rows.get().strip()), seats,
                firstRow.get().strip(), curved.get(), tier.get().strip(), parseRowTiers(), keptBlocked, keptRows,
                keptAccessible, offsetX, offsetY);
    }

    private static boolean exists(String ref, Set<String> labels, int seats) {
        int dash = ref.lastIndexOf('-');
        int n = Integer.parseInt(ref.substring(dash + 1));
        return labels.contains(ref.substring(0, dash)) && n >= 1 && n <= seats;
    }

    private static boolean between(String text, int min, int max) {
        String v = text == null ? "" : text.strip();
        if (!v.matches("[0-9]{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(v);
        return n >= min && n <= max;
    }

    @Override
    public String toString() {
        return code.get() + " · " + name.get();
    }
}
