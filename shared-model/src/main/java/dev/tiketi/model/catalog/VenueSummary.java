package dev.tiketi.model.catalog;

/** A venue; {@code timeZone} is the IANA zone its shows are timed in (the server's when none was set). */
public record VenueSummary(long id, String name, String address, int seatCount, String timeZone) {
}
