package dev.tiketi.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.PresenceUpdate;

/**
 * Who watches one event: distinct terminals and customer connections, counted across every server. Each
 * push is the whole count, and the server sends one to every new subscription (and so after a reconnect),
 * so there is no snapshot to load and nothing to poll: while the link is down the feed says
 * {@link Mode#POLLING} and holds the last count. {@link #version()} counts the counts received.
 */
public final class PresenceFeed extends Feed<PresenceUpdate> {
    private volatile PresenceUpdate presence;
    private long received;

    public PresenceFeed(LiveClient live, long eventId) {
        super(live, LiveDestinations.presence(eventId), PresenceUpdate.class, null);
    }

    /** The latest count; null until the first push. */
    public PresenceUpdate presence() {
        return presence;
    }

    @Override
    long load() {
        return received;
    }

    @Override
    boolean waitsForSnapshot() {
        return false;
    }

    @Override
    Outcome apply(PresenceUpdate update, long current) {
        presence = update;
        received++;
        return Outcome.APPLIED;
    }

    @Override
    long versionOf(PresenceUpdate update) {
        return received;
    }
}
