package dev.tiketi.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SalesFigures;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * An event's live sales figures for the admin dashboard (the admin-only sales topic). Each push is whole and
 * stamped with the moment it was read, so a newer one replaces what is held and an older one (a push that
 * crossed a reload) is dropped; reconnects reload the snapshot, and so does polling while the link is down. The
 * snapshot alone carries the history since the first sale; pushes carry the present only.
 */
public final class SalesFeed extends Feed<SalesFigures> {
    private final Callable<SalesFigures> loader;
    private volatile SalesFigures figures;
    private volatile SalesFigures snapshot;

    /** {@code loader} reads {@code GET /api/admin/events/{id}/sales}. */
    public SalesFeed(LiveClient live, long eventId, Callable<SalesFigures> loader, Duration pollEvery) {
        super(live, LiveDestinations.sales(eventId), SalesFigures.class, pollEvery);
        this.loader = loader;
    }

    /** The figures as last known; null before the first snapshot. */
    public SalesFigures figures() {
        return figures;
    }

    /**
     * The snapshot last loaded, with its history; null before the first. A new one (another object) means the
     * history starts over from it, whatever pushes came since: they are newer, and {@link #figures()} has them.
     */
    public SalesFigures snapshot() {
        return snapshot;
    }

    @Override
    long load() throws Exception {
        SalesFigures loaded = loader.call();
        snapshot = loaded;
        figures = loaded;
        return versionOf(loaded);
    }

    @Override
    Outcome apply(SalesFigures update, long current) {
        if (versionOf(update) < current) {
            return Outcome.IGNORED;
        }
        figures = update;
        return Outcome.APPLIED;
    }

    @Override
    long versionOf(SalesFigures update) {
        return update.at() == null ? 0 : update.at().toEpochMilli();
    }
}
