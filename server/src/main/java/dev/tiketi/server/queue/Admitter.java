package dev.tiketi.server.queue;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.catalog.SaleTermsCache;
import dev.tiketi.server.system.DuePass;
import dev.tiketi.server.system.OperationsMeters;
import dev.tiketi.server.system.TiketiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Lets the head of each event's line in, every quarter second by default ({@code tiketi.queue.admit-interval})
 * while any line has someone waiting for a free slot. Once every line is full or empty it looks only every
 * {@link #LONGEST_WAIT} intervals (4 s), for what time alone changes (an admitted shopper's idle timeout, a
 * waiting one's patience), and a join, look or leave on this instance brings the next pass within one interval
 * (decision 0030). Every server runs it; that is safe because a pass is one script that re-reads the admitted
 * count and pops the head atomically, so two servers passing at once never admit past the threshold or let
 * anyone in twice. A change made through another instance is that instance's admitter's to act on.
 */
@Component
public class Admitter implements SmartLifecycle {
    static final int LONGEST_WAIT = 16;
    private static final Logger log = LoggerFactory.getLogger(Admitter.class);

    private final WaitingRoom room;
    private final SaleTermsCache catalog;
    private final ApplicationEventPublisher publisher;
    private final OperationsMeters meters;
    private final Clock clock;
    private final Duration tolerance;
    private final Duration interval;
    private final Map<Long, QueueSummary> lastPublished = new ConcurrentHashMap<>();
    private final DuePass passes;
    private volatile boolean failing;

    Admitter(WaitingRoom room, SaleTermsCache catalog, ApplicationEventPublisher publisher, OperationsMeters meters, Clock clock,
             TiketiProperties props, @Qualifier("taskScheduler") TaskScheduler scheduler) {
        this.meters = meters;
        this.room = room;
        this.catalog = catalog;
        this.publisher = publisher;
        this.clock = clock;
        this.tolerance = props.queue().admitInterval();
        this.interval = props.queue().admitInterval();
        this.passes = new DuePass(scheduler, "queue admitter", interval, this::scheduled);
        room.whenMoved(() -> passes.dueWithin(interval));
    }

    Duration scheduled() {
        try {
            boolean busy = pass().busy();
            failing = false;
            return busy ? interval : interval.multipliedBy(LONGEST_WAIT);
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Queue admitter failed; retrying every interval until it works again", e);
            }
            failing = true;
            return interval;
        }
    }

    /** The planned pass's start (null while one runs); for tests. */
    Instant plannedPass() {
        return passes.plannedAt();
    }

    /**
     * One pass over every event with someone waiting or admitted; returns how many this call let in. Passes on
     * one instance run one at a time (the schedule's and any caller's): a pass's admissions and their
     * announcements are one step, so when a pass returns every earlier one has been announced, and the summaries
     * go out in the order the line moved.
     */
    public int admitAll() {
        return pass().letIn();
    }

    /** What a pass did: how many it let in, and whether a line still has someone waiting for a free slot or moved. */
    private record Pass(int letIn, boolean busy) {
    }

    private synchronized Pass pass() {
        int letIn = 0;
        boolean busy = false;
        for (long eventId : room.activeEvents()) {
            Optional<SaleTerms> event = catalog.saleTerms(eventId);
            Instant now = clock.instant();
            WaitingRoom.Pass pass = room.admit(eventId, event.map(e -> e.status() == EventStatus.ON_SALE).orElse(false),
                    tolerance, now);
            letIn += pass.admitted().size();
            WaitingRoom.Line line = pass.line();
            // not yet on sale, or held back by the rate cap, counts as waiting for a slot: admission starts on time
            busy |= !pass.admitted().isEmpty() || pass.idleFreed() > 0 || pass.abandoned() > 0
                    || (line.waiting() > 0 && line.admitted() < line.threshold());
            if (!pass.admitted().isEmpty()) {
                meters.admitted(eventId, pass.admitted().size());
                publisher.publishEvent(new QueueAdmitted(eventId, pass.admitted()));
            }
            QueueSummary summary = summary(eventId, pass.line(), now);
            // Pushed when the line moved or its settings changed. The measured rate drifts with the clock alone;
            // it rides along with the next real change instead of waking every waiting screen each pass.
            if (!withoutRate(summary).equals(lastPublished.put(eventId, withoutRate(summary)))) {
                publisher.publishEvent(new QueueChanged(summary));
            }
            if (pass.line().waiting() == 0 && pass.line().admitted() == 0) {
                room.forgetIfEmpty(eventId);
                lastPublished.remove(eventId);
            }
        }
        return new Pass(letIn, busy);
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

    private static QueueSummary withoutRate(QueueSummary s) {
        return new QueueSummary(s.eventId(), s.mode(), s.waiting(), s.admitted(), s.threshold(), s.headSequence(), null);
    }

    static QueueSummary summary(long eventId, WaitingRoom.Line line, Instant now) {
        Double rate = QueueService.measured(line, now);
        return new QueueSummary(eventId, line.mode(), line.waiting(), line.admitted(), line.threshold(), line.head(),
                rate == null ? null : Math.round(rate * 10) / 10.0);
    }
}
