package dev.tiketi.desktop.kiosk.purchase;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A quantity chosen with large + and − buttons, never outside {@code [min, max]}; the maximum follows what is
 * left (stock, the per-purchase limit) and pulls the value down with it. A maximum below the minimum means
 * nothing can be chosen: the value stays at the minimum and neither button works.
 */
public final class Stepper {
    private final int min;
    private final ReadOnlyIntegerWrapper value;
    private final ReadOnlyIntegerWrapper max;
    private final BooleanBinding canIncrease;
    private final BooleanBinding canDecrease;

    public Stepper(int min, int value, int max) {
        this.min = min;
        this.max = new ReadOnlyIntegerWrapper(max);
        this.value = new ReadOnlyIntegerWrapper(clamp(value, min, max));
        canIncrease = this.value.lessThan(this.max);
        canDecrease = this.value.greaterThan(min);
    }

    public ReadOnlyIntegerProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public int value() {
        return value.get();
    }

    public ReadOnlyIntegerProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    public int min() {
        return min;
    }

    public BooleanBinding canIncrease() {
        return canIncrease;
    }

    public BooleanBinding canDecrease() {
        return canDecrease;
    }

    public void increase() {
        if (value.get() < max.get()) {
            value.set(value.get() + 1);
        }
    }

    public void decrease() {
        if (value.get() > min) {
            value.set(value.get() - 1);
        }
    }

    public void setMax(int newMax) {
        max.set(newMax);
        value.set(clamp(value.get(), min, newMax));
    }

    /** Back to the minimum (a new customer, or the choice was taken). */
    public void reset() {
        value.set(min);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
