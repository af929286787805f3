package dev.tiketi.desktop.stock;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierAvailability;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One tier's stock: its name and price, a bar split into sold / held / available in proportion to the tier's
 * capacity, and the three numbers written out. The parts differ by fill (solid, hatched, empty) and the numbers
 * carry the same marks (■ ▨ □), so the bar reads without colour.
 */
public final class TierStockBar extends VBox {
    private final Messages m;
    private final ObjectProperty<TierAvailability> availability = new SimpleObjectProperty<>(this, "availability");
    private final ObjectProperty<TierFacts> facts = new SimpleObjectProperty<>(this, "facts");
    private final Label name = new Label();
    private final Label price = new Label();
    private final Region sold = part("stock-sold");
    private final Region held = part("stock-held");
    private final Region available = part("stock-available");
    private final Label soldText = numbers("sold");
    private final Label heldText = numbers("held");
    private final Label availableText = numbers("available");

    public TierStockBar(Messages m) {
        this.m = m;
        getStyleClass().add("tier-stock");
        name.getStyleClass().add("tier-name");
        price.getStyleClass().add("tier-price");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(8, name, gap, price);
        Parts bar = new Parts();
        bar.getStyleClass().add("stock-bar");
        HBox numbers = new HBox(12, soldText, heldText, availableText);
        getChildren().addAll(title, bar, numbers);
        setSpacing(3);
        setPadding(new Insets(4, 0, 4, 0));
        setAccessibleRole(AccessibleRole.TEXT);
        availability.addListener((o, a, b) -> {
            refresh();
            bar.requestLayout();
        });
        facts.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<TierAvailability> availabilityProperty() {
        return availability;
    }

    public ObjectProperty<TierFacts> factsProperty() {
        return facts;
    }

    /** The tier's code, for tests and look-ups: the node keeps it while its numbers change. */
    public String tierCode() {
        return availability.get() == null ? null : availability.get().tierCode();
    }

    private double share(Region part) {
        TierAvailability a = availability.get();
        if (a == null || a.capacity() <= 0) {
            return part == available ? 1 : 0;
        }
        int count = part == sold ? a.sold() : part == held ? a.held() : a.available();
        return Math.max(0, count) / (double) a.capacity();
    }

    private void refresh() {
        TierAvailability a = availability.get();
        TierFacts f = facts.get();
        if (a == null) {
            return;
        }
        String tierName = f == null ? a.tierCode() : f.name();
        String priceText = f == null ? "" : m.money(f.price(), f.currency());
        name.setText(tierName);
        price.setText(a.available() == 0 ? priceText + " · " + m.text("stock.soldOut") : priceText);
        soldText.setText(m.text("stock.sold", a.sold()));
        heldText.setText(m.text("stock.held", a.held()));
        availableText.setText(m.text("stock.available", a.available()));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("sold-out"), a.available() == 0);
        setAccessibleText(m.text("stock.summary", tierName, a.available(), a.capacity(), a.held(), a.sold(), priceText));
    }

    /** The bar: the three parts side by side, each as wide as its share of the capacity; they always fill it. */
    private final class Parts extends Region {
        Parts() {
            getChildren().addAll(sold, held, available);
            setMinHeight(18);
            setPrefHeight(18);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double width = getWidth() - in.getLeft() - in.getRight();
            double height = getHeight() - in.getTop() - in.getBottom();
            double x = in.getLeft();
            for (Region part : new Region[] {sold, held}) {
                double w = Math.round(share(part) * width);
                part.resizeRelocate(x, in.getTop(), w, height);
                x += w;
            }
            available.resizeRelocate(x, in.getTop(), Math.max(0, in.getLeft() + width - x), height);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 240;
        }
    }

    private static Region part(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("stock-part", styleClass);
        r.setMinWidth(0);
        r.setMaxHeight(Double.MAX_VALUE);
        return r;
    }

    private static Label numbers(String what) {
        Label l = new Label();
        l.getStyleClass().addAll("stock-numbers", "stock-" + what + "-text");
        return l;
    }
}
