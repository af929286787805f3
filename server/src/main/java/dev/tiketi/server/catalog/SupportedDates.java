package dev.tiketi.server.catalog;

import java.time.Instant;

/**
 * Dates the catalog accepts. Java can parse instants a billion years out, which neither JDBC timestamps
 * nor PostgreSQL can hold; anything outside this range is a typo, so it is refused as bad input.
 */
final class SupportedDates {
    static final Instant MIN = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");
    static final String RANGE = "must be between 2000-01-01 and 9999-12-31";

    private SupportedDates() {
    }

    static boolean contains(Instant instant) {
        return instant == null || (!instant.isBefore(MIN) && !instant.isAfter(MAX));
    }
}
