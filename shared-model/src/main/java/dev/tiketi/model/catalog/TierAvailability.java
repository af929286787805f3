package dev.tiketi.model.catalog;

/** available = capacity - held - sold, always. For reserved seating, capacity excludes blocked seats. */
public record TierAvailability(String tierCode, int capacity, int available, int held, int sold) {
}
