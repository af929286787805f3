package dev.tiketi.server.inventory;

/**
 * Every Redis key of one event's inventory, built in this one place. They share the hash tag {e<id>}, so a
 * script touches a single slot and runs unchanged on Redis Cluster.
 */
public record InventoryKeys(long eventId) {
    /** Events that may have holds, for the sweeper; the one key outside any event's slot. */
    static final String SWEEP_EVENTS = "sweep:events";

    private String tag() {
        return "{e" + eventId + "}";
    }

    /** Present once sold seats and GA stock were loaded from the database; gone after a flush. */
    String marker() {
        return "inv:" + tag();
    }

    String soldSeats() {
        return "sold:" + tag();
    }

    String seatHolds() {
        return "sh:" + tag();
    }

    String expiry() {
        return "exp:" + tag();
    }

    String hold(String holdId) {
        return "h:" + tag() + ":" + holdId;
    }

    String version() {
        return "ver:" + tag();
    }

    String heldPerUser() {
        return "uh:" + tag();
    }

    String stock() {
        return "ga:" + tag();
    }

    /**
     * The event's live channel: the seat scripts PUBLISH their changes here in the same step as the version
     * bump. Declared to scripts as a key (it carries the event's hash tag) so they stay single-slot.
     */
    public String live() {
        return LIVE_PREFIX + tag();
    }

    /** The live channels of all events, for PSUBSCRIBE; {@code {} carries no meaning in a Redis glob. */
    public static final String LIVE_PATTERN = "live:{e*}";
    static final String LIVE_PREFIX = "live:";

    /** The event id of a live channel name, or -1 if it is not one. */
    public static long eventOfLiveChannel(String channel) {
        if (!channel.startsWith(LIVE_PREFIX + "{e") || !channel.endsWith("}")) {
            return -1;
        }
        try {
            return Long.parseLong(channel.substring(LIVE_PREFIX.length() + 2, channel.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String soldUnits(long tierId) {
        return "gs:" + tag() + ":" + tierId;
    }
}
