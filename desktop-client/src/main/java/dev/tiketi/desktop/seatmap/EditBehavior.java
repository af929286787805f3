package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The layout editor's mouse and keys: click selects a seat (Shift or Ctrl adds or removes it), a left drag
 * selects a rectangle (Shift or Ctrl adds it), B toggles blocked and A accessible on the selection, Escape
 * clears it; right or middle drag pans, the wheel and +/−/0 zoom. Seats are drawn with the edited flags and
 * their tier's colour, not live sale states. Edits are reported, never sent: {@link #edits()} holds every seat
 * whose flags differ from the layout, and {@link #setOnEdit} hears each toggle.
 */
public final class EditBehavior extends BaseBehavior {
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObservableMap<Long, SeatEdit> edits = FXCollections.observableHashMap();
    private Consumer<List<SeatEdit>> onEdit = e -> { };
    private LayoutEdits model;
    private final RectangleOrPan mouse = new RectangleOrPan();

    /** The selected seats (read-only). */
    public ObservableSet<Long> selection() {
        return FXCollections.unmodifiableObservableSet(selection);
    }

    /** Unsaved edits by seat id: seats whose flags now differ from the layout (read-only). */
    public ObservableMap<Long, SeatEdit> edits() {
        return FXCollections.unmodifiableObservableMap(edits);
    }

    /** Called with the seats each toggle changed. */
    public void setOnEdit(Consumer<List<SeatEdit>> listener) {
        onEdit = listener == null ? e -> { } : listener;
    }

    public void toggleBlocked() {
        if (model != null) {
            report(model.toggleBlocked());
        }
    }

    public void toggleAccessible() {
        if (model != null) {
            report(model.toggleAccessible());
        }
    }

    public void clearSelection() {
        if (model != null) {
            selected(model.clearSelection());
        }
    }

    @Override
    protected void install(SeatMapView v) {
        reset(v.control().getLayout());
        ChangeListener<VenueLayout> layoutChanged = (o, a, b) -> reset(b);
        v.control().layoutProperty().addListener(layoutChanged);
        onDetach(() -> v.control().layoutProperty().removeListener(layoutChanged));
        v.looks(this::look);
        on(v.surface(), MouseEvent.MOUSE_PRESSED, e -> mouse.pressed(e, v));
        on(v.surface(), MouseEvent.MOUSE_DRAGGED, e -> mouse.dragged(e, v));
        on(v.surface(), MouseEvent.MOUSE_RELEASED, this::released);
        on(v.surface(), ScrollEvent.SCROLL, this::wheelZooms);
        on(v.control(), KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void uninstall(SeatMapView v) {
        v.looks(null);
        v.rubberBand(null);
    }

    private SeatLook look(SeatView seat) {
        SeatMapView v = view();
        return v.control().getPalette().look(model.blocked(seat.id()) ? SeatStatus.BLOCKED : SeatStatus.AVAILABLE,
                selection.contains(seat.id()) ? SeatLook.Role.SELECTED : SeatLook.Role.NOBODY, model.accessible(seat.id()), v.tierColour(seat));
    }

    private void reset(VenueLayout layout) {
        model = new LayoutEdits(layout == null ? new VenueLayout(0, "", 0, 0, 0, 0, 0, List.of()) : layout);
        selection.clear();
        edits.clear();
    }

    private void released(MouseEvent e) {
        SeatMapView v = view();
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        RectangleOrPan.Gesture g = mouse.released(e, v);
        if (g instanceof RectangleOrPan.Rectangle r) {
            selected(model.rectangle(r.seats(), additive));
        } else if (g instanceof RectangleOrPan.Click c) {
            if (c.seat() != null) {
                v.control().focusedSeatProperty().set(c.seat());
            }
            selected(model.click(c.seat(), additive));
        }
    }

    private void key(KeyEvent e) {
        if (view().geometry() == null) {
            return;
        }
        if (e.getCode() == KeyCode.B) {
            toggleBlocked();
            e.consume();
        } else if (e.getCode() == KeyCode.A) {
            toggleAccessible();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            clearSelection();
            e.consume();
        } else {
            zoomKey(e);
        }
    }

    private void selected(Set<Long> changed) {
        selection.retainAll(model.selection());
        selection.addAll(model.selection());
        repaint(changed);
    }

    private void report(List<SeatEdit> changed) {
        Set<Long> ids = new HashSet<>();
        for (SeatEdit edit : changed) {
            ids.add(edit.seatId());
        }
        edits.keySet().retainAll(model.changes().keySet());
        edits.putAll(model.changes());
        repaint(ids);
        if (!changed.isEmpty()) {
            onEdit.accept(List.copyOf(changed));
        }
    }

    private void repaint(Set<Long> seats) {
        if (view() != null && !seats.isEmpty()) {
            view().repaintSeats(seats);
        }
    }
}
