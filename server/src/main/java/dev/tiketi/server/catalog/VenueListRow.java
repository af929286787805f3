package dev.tiketi.server.catalog;

/** A venue of the admin list with its seat count, as one query reads it. */
record VenueListRow(Long id, String name, String address, String timeZone, Long seats) {
}
