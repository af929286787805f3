package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The layout editor's selection and unsaved blocked/accessible flags over a layout, with no JavaFX so the rules
 * are tested alone. A click selects one seat (with the modifier, adds or removes it); a rectangle selects its
 * seats (with the modifier, adds them). Toggling a flag sets it on every selected seat unless all of them have
 * it already, then clears it on all: a mixed selection becomes uniform first, as in a spreadsheet.
 */
public final class LayoutEdits {
    private final Map<Long, SeatView> seats = new HashMap<>();
    private final Set<Long> selection = new LinkedHashSet<>();
    private final Map<Long, SeatEdit> changes = new LinkedHashMap<>();

    public LayoutEdits(VenueLayout layout) {
        for (SectionLayout section : layout.sections()) {
            for (RowLayout row : section.rows()) {
                row.seats().forEach(s -> seats.put(s.id(), s));
            }
        }
    }

    public Set<Long> selection() {
        return Collections.unmodifiableSet(selection);
    }

    /** Seats whose flags differ from the layout, by seat id: what the editor would save. */
    public Map<Long, SeatEdit> changes() {
        return Collections.unmodifiableMap(changes);
    }

    public boolean blocked(long seatId) {
        SeatEdit e = changes.get(seatId);
        return e != null ? e.blocked() : seats.containsKey(seatId) && seats.get(seatId).blocked();
    }

    public boolean accessible(long seatId) {
        SeatEdit e = changes.get(seatId);
        return e != null ? e.accessible() : seats.containsKey(seatId) && seats.get(seatId).accessible();
    }

    /** A click on a seat (null: between seats). Returns the seats whose selection changed. */
    public Set<Long> click(Long seatId, boolean additive) {
        Set<Long> before = new LinkedHashSet<>(selection);
        if (!additive) {
            selection.clear();
        }
        if (seatId != null && seats.containsKey(seatId)) {
            if (additive && before.contains(seatId)) {
                selection.remove(seatId);
            } else {
                selection.add(seatId);
            }
        }
        return changed(before);
    }

    /** A rectangle over these seats. Returns the seats whose selection changed. */
    public Set<Long> rectangle(Collection<Long> seatIds, boolean additive) {
        Set<Long> before = new LinkedHashSet<>(selection);
        if (!additive) {
            selection.clear();
        }
        seatIds.stream().filter(seats::containsKey).forEach(selection::add);
        return changed(before);
    }

    public Set<Long> clearSelection() {
        return rectangle(List.of(), false);
    }

    /** Blocks every selected seat, or unblocks them all if all are blocked. Returns the seats' new flags. */
    public List<SeatEdit> toggleBlocked() {
        boolean value = !all(this::blocked);
        return apply(id -> new SeatEdit(id, value, accessible(id)));
    }

    /** Marks every selected seat accessible, or unmarks them all if all are. Returns the seats' new flags. */
    public List<SeatEdit> toggleAccessible() {
        boolean value = !all(this::accessible);
        return apply(id -> new SeatEdit(id, blocked(id), value));
    }

    private boolean all(Predicate<Long> flag) {
        return !selection.isEmpty() && selection.stream().allMatch(flag);
    }

    private List<SeatEdit> apply(LongFunction<SeatEdit> edit) {
        List<SeatEdit> out = new ArrayList<>();
        for (long id : selection) {
            SeatEdit next = edit.apply(id);
            if (next.blocked() == blocked(id) && next.accessible() == accessible(id)) {
                continue;
            }
            SeatView original = seats.get(id);
            if (next.blocked() == original.blocked() && next.accessible() == original.accessible()) {
                changes.remove(id); // back to what the layout says: nothing to save
            } else {
                changes.put(id, next);
            }
            out.add(next);
        }
        return out;
    }

    private Set<Long> changed(Set<Long> before) {
        Set<Long> out = new LinkedHashSet<>();
        before.stream().filter(id -> !selection.contains(id)).forEach(out::add);
        selection.stream().filter(id -> !before.contains(id)).forEach(out::add);
        return out;
    }
}
