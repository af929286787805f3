package dev.tiketi.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * One shopper's place in an event's waiting room, live. It follows the queue topic (one broadcast for
 * everyone waiting) and the shopper's own position destination (the admission, with its token), and checks
 * by REST on start, after every reconnect or renewed subscription, whenever a summary shows the head has
 * passed the shopper, and every {@code pollEvery} while the link is down. Between checks the place moves
 * only forward, by {@link QueuePlace#after}; a check's answer is the server's and replaces it.
 *
 * <p>There is no server version for a place: {@link #version()} counts the places this feed has held.
 */
public final class QueueFeed extends Feed<QueueSummary> {
    private final Callable<QueueStatus> recheck;
    private volatile QueuePlace place;
    private long revision;

    /**
     * {@code recheck} asks the server where the shopper stands: {@code POST /api/queue/check/{id}} to join
     * (and keep the place: checking again never moves anyone back), or {@code GET /api/queue/status/{id}} to
     * only look. Either also tells the server the shopper is still there.
     */
    public QueueFeed(LiveClient live, long eventId, Callable<QueueStatus> recheck, Duration pollEvery) {
        super(live, LiveDestinations.queue(eventId), QueueSummary.class, pollEvery);
        this.recheck = recheck;
        follow(LiveDestinations.position(eventId), QueueStatus.class, this::personal, s -> revision);
    }

    /** The place as last known; null before the first check answered. */
    public QueuePlace place() {
        return place;
    }

    /** For a progress bar: 0 at the place first seen, 1 once in (see {@link QueuePlace#progress()}). */
    public double progress() {
        QueuePlace p = place;
        return p == null ? 0.0 : p.progress();
    }

    @Override
    long load() throws Exception {
        place = QueuePlace.of(recheck.call(), place);
        return ++revision;
    }

    @Override
    Outcome apply(QueueSummary summary, long current) {
        QueuePlace p = place;
        if (p == null) {
            return Outcome.IGNORED;
        }
        if (p.needsRecheck(summary)) {
            return Outcome.RELOAD;
        }
        QueuePlace next = p.after(summary);
        if (next.equals(p)) {
            return Outcome.IGNORED;
        }
        place = next;
        revision++;
        return Outcome.APPLIED;
    }

    @Override
    long versionOf(QueueSummary update) {
        return revision;
    }

    /** A message of the shopper's own (today only the admission): the server's word, like a check. */
    private Outcome personal(QueueStatus status) {
        place = QueuePlace.of(status, place);
        revision++;
        return Outcome.APPLIED;
    }
}
