package dev.tiketi.server.inventory;

import dev.tiketi.server.system.RedisNamespace;

/**
 * Every Redis key of one event's inventory, built in this one place. They share the hash tag {e<id>}, so a
 * script touches a single slot and runs unchanged on Redis Cluster; the deployment's namespace comes before
 * it ({@code <ns>:sh:{e42}}), outside the braces.
 */
public record InventoryKeys(RedisNamespace ns, long eventId) {
    private static final String LIVE_PREFIX = "live:";

    /** Events that may have holds, for the sweeper; the one key outside any event's slot. */
    static String sweepEvents(RedisNamespace ns) {
        return ns.key("sweep:events");
    }

    private String tag() {
        return "{e" + eventId + "}";
    }

    private String key(String kind) {
        return ns.key(kind + ":" + tag());
    }

    /** Present once sold seats and GA stock were loaded from the database; gone after a flush. */
    String marker() {
        return key("inv");
    }

    String soldSeats() {
        return key("sold");
    }

    /** Seats taken off sale for this event only (per-event kills); the hold scripts refuse them. */
    String killedSeats() {
        return key("kill");
    }

    String seatHolds() {
        return key("sh");
    }

    String expiry() {
        return key("exp");
    }

    String hold(String holdId) {
        return key("h") + ":" + holdId;
    }

    /**
     * Set once the sweeper's set ({@link #sweepEvents}) is known to list this event, so a hold adds the event only
     * while it is missing (scripts/inventory/sweep_flag.lua).
     */
    String swept() {
        return key("sw");
    }

    String version() {
        return key("ver");
    }

    String heldPerUser() {
        return key("uh");
    }

    /**
     * Seat id → tier id of a reserved event's priced seats that the layout does not block, as of the catalog version
     * in {@link #seatCounts()} ({@code cv}).
     */
    String seatTiers() {
        return key("st");
    }

    /** Per-tier counters of a reserved event's seats: {@code h:<tier>} held, {@code s:<tier>} sold, {@code k:<tier>} killed. */
    String seatCounts() {
        return key("sc");
    }

    /**
     * The version of the event's catalog rows (terms, tiers, layout) that every admin change replaces (decision 0021);
     * under the event's hash tag, so a script can compare it with what it keeps.
     */
    public String catalogVersion() {
        return ns.key("terms:" + tag());
    }

    String stock() {
        return key("ga");
    }

    String soldUnits(long tierId) {
        return key("gs") + ":" + tierId;
    }

    /**
     * The event's live channel: the seat scripts PUBLISH their changes here in the same step as the version
     * bump. Declared to scripts as a key (it carries the event's hash tag) so they stay single-slot. Pub/sub
     * knows no database numbers: only the namespace keeps another deployment's subscribers from hearing it.
     */
    public String live() {
        return ns.key(LIVE_PREFIX + tag());
    }

    /**
     * The live channels of all this deployment's events, for PSUBSCRIBE; {@code {} carries no meaning in a
     * Redis glob, and the namespace holds no glob characters (see {@link RedisNamespace}).
     */
    public static String livePattern(RedisNamespace ns) {
        return ns.key(LIVE_PREFIX + "{e*}");
    }

    /** The event id of one of this deployment's live channels, or -1 if it is not one. */
    public static long eventOfLiveChannel(RedisNamespace ns, String channel) {
        String local = ns.local(channel);
        if (local == null || !local.startsWith(LIVE_PREFIX + "{e") || !local.endsWith("}")) {
            return -1;
        }
        try {
            return Long.parseLong(local.substring(LIVE_PREFIX.length() + 2, local.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
