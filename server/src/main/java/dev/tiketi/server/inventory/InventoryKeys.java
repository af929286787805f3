package dev.tiketi.server.inventory;

/**
 * Every Redis key of one event's inventory, built in this one place. They share the hash tag {e<id>}, so a
 * script touches a single slot and runs unchanged on Redis Cluster.
 */
record InventoryKeys(long eventId) {
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

    String soldUnits(long tierId) {
        return "gs:" + tag() + ":" + tierId;
    }
}
