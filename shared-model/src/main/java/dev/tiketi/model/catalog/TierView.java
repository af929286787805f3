package dev.tiketi.model.catalog;

/** A price tier. {@code capacity} is the GA stock; null for reserved-seat tiers (their seats count). */
public record TierView(long id, String code, String name, long price, Integer capacity) {
}
