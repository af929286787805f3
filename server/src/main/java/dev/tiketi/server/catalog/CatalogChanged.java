package dev.tiketi.server.catalog;

import java.util.List;

/**
 * An admin changed these events (details, state, tiers) or the seats of their venue (blocked, accessible,
 * re-laid out). Published inside the admin transaction; the live protocol acts on it after commit and tells
 * the events' clients to reload their snapshots.
 */
public record CatalogChanged(List<Long> eventIds) {
}
