package dev.tiketi.desktop.seatmap;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.text.Font;

/**
 * A venue's seats drawn on a canvas, live: give it the layout, keep {@code states} current (from a
 * {@code SeatFeed}), and it shows each seat's price tier by colour ({@link #getTiers()}, {@link #paletteProperty()})
 * and its status by pattern and letter, so no one needs to tell colours apart. How people work it is a
 * {@link SeatMapBehavior}: by default {@link PointerBehavior} (mouse and keys); {@link TouchBehavior} for a kiosk,
 * {@link EditBehavior} for the layout editor. Only seats that can be taken can be selected; a seat that stops
 * being available leaves the selection.
 */
public class SeatMap extends Control {
    private final ObjectProperty<VenueLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObservableMap<Long, SeatState> states = FXCollections.observableHashMap();
    private final ObservableSet<Long> mine = FXCollections.observableSet();
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObservableSet<Long> watched = FXCollections.observableSet();
    private final ObjectProperty<Long> focusedSeat = new SimpleObjectProperty<>(this, "focusedSeat");
    private final ObjectProperty<Long> pointedSeat = new SimpleObjectProperty<>(this, "pointedSeat");
    private final ObservableList<TierView> tiers = FXCollections.observableArrayList();
    private final ObjectProperty<TierView> chosenTier = new SimpleObjectProperty<>(this, "chosenTier");
    private final ObjectProperty<SeatPalette> palette = new SimpleObjectProperty<>(this, "palette", SeatPalette.okabeIto());
    private final ObjectProperty<SeatMapBehavior> behavior = new SimpleObjectProperty<>(this, "behavior", new PointerBehavior());
    private final StringProperty stageText =
            new SimpleStringProperty(this, "stageText", new Messages(Messages.defaultLocale()).text("seatmap.stage"));
    private final StringProperty fontFamily = new SimpleStringProperty(this, "fontFamily", Font.getDefault().getFamily());

    public SeatMap() {
        getStyleClass().add("seat-map");
        setFocusTraversable(true);
        states.addListener((MapChangeListener<Long, SeatState>) change -> {
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

    /** Seats watched for a customer (held elsewhere now): a dashed ring around each, whatever its status. */
    public ObservableSet<Long> getWatched() {
        return watched;
    }

    /** The keyboard's seat. */
    public ObjectProperty<Long> focusedSeatProperty() {
        return focusedSeat;
    }

    /** The seat under the mouse, else the keyboard's: what a status line should describe. */
    public ObjectProperty<Long> pointedSeatProperty() {
        return pointedSeat;
    }

    /** The event's tiers in its order: the n-th tier takes the palette's n-th colour. Seats of other tiers are neutral. */
    public ObservableList<TierView> getTiers() {
        return tiers;
    }

    /** The tier the clerk or customer is buying: the keyboard's seat starts at its best seat. */
    public ObjectProperty<TierView> chosenTierProperty() {
        return chosenTier;
    }

    public ObjectProperty<SeatPalette> paletteProperty() {
        return palette;
    }

    public SeatPalette getPalette() {
        return palette.get();
    }

    public void setPalette(SeatPalette value) {
        palette.set(value);
    }

    /** How people work the map; a new behaviour replaces the old one at once. */
    public ObjectProperty<SeatMapBehavior> behaviorProperty() {
        return behavior;
    }

    public SeatMapBehavior getBehavior() {
        return behavior.get();
    }

    public void setBehavior(SeatMapBehavior value) {
        behavior.set(value);
    }

    /** The stage's caption, localised (key {@code seatmap.stage}; the default is the system language's). */
    public StringProperty stageTextProperty() {
        return stageText;
    }

    /** The family of every text drawn on the map: a Korean-capable one where captions are Korean. */
    public StringProperty fontFamilyProperty() {
        return fontFamily;
    }

    /** Sets the texts drawn on the map from these messages. */
    public void localize(Messages messages) {
        stageText.set(messages.text("seatmap.stage"));
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

    /**
     * Where the keyboard's seat starts: the seat the server's best-available would give first in the chosen
     * tier, else the plan's first seat; null for an empty plan.
     */
    Long startSeat(SeatGeometry geometry) {
        Long best = bestSeat(geometry);
        return best != null ? best : geometry.seats().isEmpty() ? null : geometry.seats().get(0).id();
    }

    /** The chosen tier's best takeable seat, or null (no tier chosen, or none left). */
    Long bestSeat(SeatGeometry geometry) {
        TierView tier = chosenTier.get();
        if (tier == null) {
            return null;
        }
        List<Long> best = geometry.best(tier.code(), 1, false, this::takeable);
        return best.isEmpty() ? null : best.get(0);
    }
}
