package dev.tiketi.server.queue;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.catalog.SaleTermsCache;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the head of each event's line in, every quarter second by default. Every server runs it; that is
 * safe because a pass is one script that re-reads the admitted count and pops the head atomically, so two
 * servers passing at once never admit past the threshold or let anyone in twice.
 */
@Component
public class Admitter {
    private static final Logger log = LoggerFactory.getLogger(Admitter.class);

    private final WaitingRoom room;
    private final SaleTermsCache catalog;
    private final ApplicationEventPublisher publisher;
    private final OperationsMeters meters;
    private final Clock clock;
    private final Duration tolerance;
    private final Map<Long, QueueSummary> lastPublished = new ConcurrentHashMap<>();
    private volatile boolean failing;

    Admitter(WaitingRoom room, SaleTermsCache catalog, ApplicationEventPublisher publisher, OperationsMeters meters, Clock clock,
             TiketiProperties props) {
        this.meters = meters;
        this.room = room;
        this.catalog = catalog;
        this.publisher = publisher;
        this.clock = clock;
        this.tolerance = props.queue().admitInterval();
    }

    @Scheduled(fixedDelayString = "${tiketi.queue.admit-interval:250ms}")
    void scheduled() {
        try {
            admitAll();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Queue admitter failed; retrying every tick until it works again", e);
            }
            failing = true;
        }
    }

    /**
     * One pass over every event with someone waiting or admitted; returns how many this call let in. Passes on
     * one instance run one at a time (the schedule's and any caller's): a pass's admissions and their
     * announcements are one step, so when a pass returns every earlier one has been announced, and the summaries
     * go out in the order the line moved.
     */
    public synchronized int admitAll() {
        int letIn = 0;
        for (long eventId : room.activeEvents()) {
            Optional<SaleTerms> event = catalog.saleTerms(eventId);
            Instant now = clock.instant();
            WaitingRoom.Pass pass = room.admit(eventId, event.map(e -> e.status() == EventStatus.ON_SALE).orElse(false),
                    tolerance, now);
            letIn += pass.admitted().size();
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
        return letIn;
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
