package dev.tiketi.model.sales;

import dev.tiketi.model.catalog.TierAvailability;
import java.util.List;

/** Capacity, available, held and sold per tier, as of {@code version}. available = capacity - held - sold. */
public record StockSnapshot(long eventId, long version, List<TierAvailability> tiers) {
}
