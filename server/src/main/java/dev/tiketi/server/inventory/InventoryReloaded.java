package dev.tiketi.server.inventory;

/**
 * An event's inventory was (re)loaded from the database into Redis: after a flush or restart of Redis, or a
 * forced reload. Holds may be gone and the version has jumped, so clients must reload their snapshots.
 */
public record InventoryReloaded(long eventId) {
}
