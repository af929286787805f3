package dev.tiketi.desktop.admin.events;

import dev.tiketi.model.catalog.TierSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One tier line of the event form, as typed: code, name, price and (GA) capacity. */
public final class TierRow {
    static final long MAX_PRICE = 100_000_000;
    static final int MAX_CAPACITY = 1_000_000;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");

    public TierRow(String code, String name, String price, String capacity) {
        this.code.set(code);
        this.name.set(name);
        this.price.set(price);
        this.capacity.set(capacity);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public String codeProblem() {
        return code.get().strip().matches("[A-Z0-9_]{1,32}") ? null : "admin.events.rule.tierCode";
    }

    public String nameProblem() {
        String v = name.get().strip();
        return v.isEmpty() || v.length() > 80 ? "admin.events.rule.tierName" : null;
    }

    public String priceProblem() {
        Long v = EventForm.number(price.get());
        return v == null || v < 0 || v > MAX_PRICE ? "admin.events.rule.price" : null;
    }

    /** GA tiers need a stock; seated tiers take theirs from the seats and must leave it empty. */
    public String capacityProblem(boolean ga) {
        if (!ga) {
            return capacity.get().isBlank() ? null : "admin.events.rule.noCapacity";
        }
        Long v = EventForm.number(capacity.get());
        return v == null || v < 1 || v > MAX_CAPACITY ? "admin.events.rule.capacity" : null;
    }

    boolean valid(boolean ga) {
        return codeProblem() == null && nameProblem() == null && priceProblem() == null && capacityProblem(ga) == null;
    }

    TierSpec spec(boolean ga) {
        return new TierSpec(code.get().strip(), name.get().strip(), EventForm.number(price.get()),
                ga ? EventForm.number(capacity.get()).intValue() : null);
    }
}
