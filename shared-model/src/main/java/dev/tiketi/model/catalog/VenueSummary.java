package dev.tiketi.model.catalog;

public record VenueSummary(long id, String name, String address, int seatCount) {
}
