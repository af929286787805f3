package dev.tiketi.server.holds;

import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.catalog.SaleTermsCache;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.system.DuePass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Releases expired holds when they are due: each pass plans the next for the earliest deadline left (never
 * sooner than {@code tiketi.sales.sweep-interval} after it, 500 ms by default, so a rush's stream of deadlines
 * costs one pass per interval), and a hold made here that expires sooner brings the pass forward. So a seat is
 * free everywhere within about half a second of its hold's expiry, and a server whose holds all run for minutes
 * wakes only for them (decision 0030). Every instance runs it and every pass looks at every event, so holds made
 * on an instance that has gone are released by the others; a pass that finds nothing waits at most {@link
 * #LONGEST_WAIT} intervals, which bounds how late a short hold made elsewhere can be seen. That is safe because
 * each release is one script that re-checks the hold: of two instances sweeping the same hold exactly one
 * releases it.
 */
@Component
public class HoldSweeper implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);
    private static final int BATCH = 500;
    static final int LONGEST_WAIT = 8;

    private final Inventory inventory;
    /**
     * Whether an event without holds is still on sale, asked of every such event each pass: from the per-instance
     * cache (one Redis GET), not PostgreSQL, so an idle server with events on sale borrows no connection.
     */
    private final SaleTermsCache catalog;
    private final StaleClaims staleClaims;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration interval;
    private final DuePass passes;
    private volatile boolean failing;

    HoldSweeper(Inventory inventory, SaleTermsCache catalog, StaleClaims staleClaims, AuditLog audit, Clock clock,
                @Qualifier("taskScheduler") TaskScheduler scheduler,
                @Value("${tiketi.sales.sweep-interval:500ms}") Duration interval) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.staleClaims = staleClaims;
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
        this.passes = new DuePass(scheduler, "hold sweeper", interval, this::scheduled);
    }

    /** A hold made on this instance expires at {@code deadline}: the sweeper runs then, if that is sooner than planned. */
    public void expiresAt(Instant deadline) {
        passes.dueWithin(Duration.between(clock.instant(), deadline));
    }

    /** When the next pass starts (null while one runs); what the tests of the sleeping sweeper read. */
    public Instant plannedPass() {
        return passes.plannedAt();
    }

    Duration scheduled() {
        try {
            Pass pass = pass();
            failing = false;
            if (pass.more()) {
                return interval;
            }
            Duration longest = interval.multipliedBy(LONGEST_WAIT);
            if (pass.earliest() == null) {
                return longest;
            }
            Duration until = Duration.between(clock.instant(), pass.earliest()).plusMillis(1);
            return until.compareTo(interval) < 0 ? interval : until.compareTo(longest) > 0 ? longest : until;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Hold sweeper failed; retrying every interval until it works again", e);
            }
            failing = true;
            return interval;
        }
    }

    /** One pass over every event with holds; returns how many holds this call released. */
    public int sweep() {
        return pass().released();
    }

    /** What a pass did: released, whether a batch was full (more are due), and the earliest deadline left. */
    private record Pass(int released, boolean more, Instant earliest) {
    }

    private Pass pass() {
        int released = 0;
        boolean more = false;
        Instant earliest = null;
        for (long eventId : inventory.eventsWithHolds()) {
            Instant now = clock.instant();
            List<String> due = inventory.dueHolds(eventId, now, BATCH);
            more |= due.size() == BATCH;
            for (String holdId : due) {
                switch (inventory.release(eventId, holdId, null, true, now)) {
                    case RELEASED -> {
                        released++;
                        audit.record("HOLD_EXPIRED", "hold", eventId, Map.of("hold", holdId));
                    }
                    case BEING_PAID -> staleClaims.settle(eventId, holdId);
                    default -> {
                        // extended or taken by another instance meanwhile: nothing to do
                    }
                }
            }
            Optional<Instant> next = inventory.nextDeadline(eventId);
            if (next.isPresent()) {
                earliest = earliest == null || next.get().isBefore(earliest) ? next.get() : earliest;
            } else if (catalog.saleTerms(eventId).map(e -> e.status() != EventStatus.ON_SALE).orElse(true)) {
                // no new holds can come for an event that is not on sale, so stop looking at it
                inventory.forgetEvent(eventId);
                if (inventory.hasHolds(eventId)) {
                    // a hold slipped in between the look and the forgetting: keep sweeping this event
                    inventory.rememberEvent(eventId);
                    more = true;
                }
            }
        }
        return new Pass(released, more, earliest);
    }

    @Override
    public void start() {
        passes.start();
    }

    @Override
    public void stop() {
        passes.stop();
    }

    @Override
    public boolean isRunning() {
        return passes.started();
    }
}
