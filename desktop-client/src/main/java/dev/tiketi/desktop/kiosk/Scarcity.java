package dev.tiketi.desktop.kiosk;

import dev.tiketi.model.catalog.TierAvailability;
import java.util.List;

/** What an event tile says about its stock: nothing special, "few left", or "sold out". */
public enum Scarcity {
    /** Stock not known yet, or plenty of it: the tile says nothing. */
    PLENTY,
    FEW_LEFT,
    SOLD_OUT;

    /** At most this share of the capacity left counts as few, and never more than {@link #FEW}. */
    static final double FEW_SHARE = 0.10;
    static final int FEW = 20;

    /**
     * From the live stock of every tier: none available is sold out (seats others hold may come back, but
     * until then nobody can buy them); a tenth of the house or 20 seats left, whichever is fewer, is few.
     */
    public static Scarcity of(List<TierAvailability> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            return PLENTY;
        }
        long capacity = tiers.stream().mapToLong(TierAvailability::capacity).sum();
        long available = tiers.stream().mapToLong(TierAvailability::available).sum();
        if (capacity == 0) {
            return PLENTY;
        }
        if (available <= 0) {
            return SOLD_OUT;
        }
        return available <= Math.min(FEW, Math.ceil(capacity * FEW_SHARE)) ? FEW_LEFT : PLENTY;
    }
}
