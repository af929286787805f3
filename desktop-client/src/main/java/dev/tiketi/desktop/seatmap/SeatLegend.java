package dev.tiketi.desktop.seatmap;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.SeatStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The key to a {@link SeatMap}: each tier's colour with its name and price, then each status drawn exactly
 * as the map draws it (pattern and letter on a neutral seat), the wheelchair space's shape and, where seats
 * can be watched for a customer ({@link #watchShownProperty()}), the watched ring. Give it the same tiers and
 * palette as the map, and the event's currency code.
 */
public final class SeatLegend extends FlowPane {
    static final double SWATCH = 18;

    private final ObservableList<TierView> tiers = FXCollections.observableArrayList();
    private final StringProperty currency = new SimpleStringProperty(this, "currency");
    private final ObjectProperty<SeatPalette> palette = new SimpleObjectProperty<>(this, "palette", SeatPalette.okabeIto());
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages", new Messages(Messages.defaultLocale()));
    private final BooleanProperty watchShown = new SimpleBooleanProperty(this, "watchShown");

    public SeatLegend() {
        super(14, 6);
        getStyleClass().add("seat-legend");
        setAlignment(Pos.CENTER_LEFT);
        InvalidationListener rebuild = o -> rebuild();
        tiers.addListener(rebuild);
        currency.addListener(rebuild);
        palette.addListener(rebuild);
        messages.addListener(rebuild);
        watchShown.addListener(rebuild);
        rebuild();
    }

    public ObservableList<TierView> getTiers() {
        return tiers;
    }

    /** The event's ISO 4217 currency code (prices are whole units of it). */
    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<SeatPalette> paletteProperty() {
        return palette;
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /** Whether the key explains the watched ring (the counter watches seats; a kiosk does not). */
    public BooleanProperty watchShownProperty() {
        return watchShown;
    }

    /** A price in whole units of a currency, as the locale writes money ({@code ₩150,000}); no code: the number alone. */
    public static String price(long amount, String currencyCode, Locale locale) {
        if (currencyCode == null || currencyCode.isBlank()) {
            return NumberFormat.getIntegerInstance(locale).format(amount);
        }
        Currency c = Currency.getInstance(currencyCode);
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(c);
        int digits = Math.max(0, c.getDefaultFractionDigits());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(BigDecimal.valueOf(amount));
    }

    private void rebuild() {
        SeatPalette p = palette.get();
        Messages m = messages.get();
        Map<String, String> colours = p.assign(tiers.stream().map(TierView::code).toList());
        getChildren().clear();
        for (TierView tier : tiers) {
            add(p.look(SeatStatus.AVAILABLE, SeatLook.Role.NOBODY, false, colours.get(tier.code())),
                    m.text("seatmap.legend.tier", tier.name(), price(tier.price(), currency.get(), m.locale())), p, false);
        }
        record Entry(SeatStatus status, SeatLook.Role role, boolean accessible, String key) {
        }
        for (Entry e : List.of(new Entry(SeatStatus.AVAILABLE, SeatLook.Role.NOBODY, false, "available"),
                new Entry(SeatStatus.AVAILABLE, SeatLook.Role.SELECTED, false, "selected"),
                new Entry(SeatStatus.HELD, SeatLook.Role.MINE, false, "mine"),
                new Entry(SeatStatus.HELD, SeatLook.Role.NOBODY, false, "held"),
                new Entry(SeatStatus.SOLD, SeatLook.Role.NOBODY, false, "sold"),
                new Entry(SeatStatus.BLOCKED, SeatLook.Role.NOBODY, false, "blocked"),
                new Entry(SeatStatus.AVAILABLE, SeatLook.Role.NOBODY, true, "accessible"))) {
            add(p.look(e.status(), e.role(), e.accessible(), null), m.text("seatmap.legend." + e.key()), p, false);
        }
        if (watchShown.get()) {
            add(p.look(SeatStatus.HELD, SeatLook.Role.NOBODY, false, null), m.text("seatmap.legend.watched"), p, true);
        }
    }

    private void add(SeatLook look, String text, SeatPalette p, boolean watched) {
        Canvas swatch = new Canvas(SWATCH + 6, SWATCH + 6);
        Map<String, Color> cache = new HashMap<>();
        // a watched seat is drawn smaller, so its ring fits the same square as every other swatch
        double d = watched ? SWATCH + 6 - 2 * SeatPainter.margin(SWATCH, p.strokeScale()) : SWATCH;
        SeatPainter.drawSeat(swatch.getGraphicsContext2D(), look, (SWATCH + 6) / 2, (SWATCH + 6) / 2, d,
                Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, d * 0.55), false, p.strokeScale(),
                hex -> cache.computeIfAbsent(hex, Color::web));
        if (watched) {
            SeatPainter.drawWatch(swatch.getGraphicsContext2D(), look, (SWATCH + 6) / 2, (SWATCH + 6) / 2, d, p,
                    hex -> cache.computeIfAbsent(hex, Color::web));
        }
        Label label = new Label(text);
        label.getStyleClass().add("seat-legend-label");
        HBox entry = new HBox(5, swatch, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("seat-legend-entry");
        getChildren().add(entry);
    }
}
