package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A venue's seats drawn on a canvas, live: give it the layout, keep {@code states} current (from a
 * {@code SeatFeed}), and it shows every status by colour, pattern and letter. The user selects by click,
 * rectangle drag, whole row (R) or keyboard (arrows move, Space toggles); wheel, +/− and 0 zoom, right or
 * middle drag pans. Only seats that can be taken can be selected; a seat that stops being available leaves
 * the selection.
 */
public class SeatMap extends Control {
    private final ObjectProperty<VenueLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObservableMap<Long, SeatState> states = FXCollections.observableHashMap();
    private final ObservableSet<Long> mine = FXCollections.observableSet();
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObjectProperty<Long> focusedSeat = new SimpleObjectProperty<>(this, "focusedSeat");
    private final ObjectProperty<Long> pointedSeat = new SimpleObjectProperty<>(this, "pointedSeat");
    private final javafx.beans.property.StringProperty stageLabel = new javafx.beans.property.SimpleStringProperty(this, "stageLabel", "");

    public SeatMap() {
        getStyleClass().add("seat-map");
        setFocusTraversable(true);
        states.addListener((javafx.collections.MapChangeListener<Long, SeatState>) change -> {
            if (change.wasAdded() && !takeable(change.getKey())) {
                selection.remove(change.getKey());
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SeatMapSkin(this);
    }

    public ObjectProperty<VenueLayout> layoutProperty() {
        return layout;
    }

    public VenueLayout getLayout() {
        return layout.get();
    }

    public void setLayout(VenueLayout value) {
        layout.set(value);
    }

    /** The caption drawn on the stage, in the terminal's language (FXML: {@code stageLabel="%map.stage"}); none by default. */
    public javafx.beans.property.StringProperty stageLabelProperty() {
        return stageLabel;
    }

    public String getStageLabel() {
        return stageLabel.get();
    }

    public void setStageLabel(String value) {
        stageLabel.set(value);
    }

    /** Each seat's live status by seat id. */
    public ObservableMap<Long, SeatState> getStates() {
        return states;
    }

    /** Seats in this terminal's hold. */
    public ObservableSet<Long> getMine() {
        return mine;
    }

    /** Seats chosen but not held yet. */
    public ObservableSet<Long> getSelection() {
        return selection;
    }

    /** The keyboard's seat. */
    public ObjectProperty<Long> focusedSeatProperty() {
        return focusedSeat;
    }

    /** The seat under the mouse, else the keyboard's: what a status line should describe. */
    public ObjectProperty<Long> pointedSeatProperty() {
        return pointedSeat;
    }

    /** The seat's status, or null while it is not known yet (no snapshot loaded). */
    public SeatStatus status(long seatId) {
        SeatState s = states.get(seatId);
        return s == null ? null : s.status();
    }

    /** Can this terminal select it: known to be available and not already in its hold. */
    public boolean takeable(long seatId) {
        // one rule, SeatLook's: what is drawn as choosable is what can be chosen
        return SeatLook.of(status(seatId), mine.contains(seatId) ? SeatLook.Role.MINE : SeatLook.Role.NOBODY, false).takeable();
    }

    public void toggle(long seatId) {
        if (!selection.remove(seatId) && takeable(seatId)) {
            selection.add(seatId);
        }
    }
}
