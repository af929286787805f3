package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.server.dashboard.SalesFiguresService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.tiketi.server.system.CoalescedPass;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Pushes an event's sales figures to the admins watching it: whole, at most once per interval (a second) however
 * many sales, holds and releases came in between, only while they change, and only where this instance has
 * subscribers. Every instance hears every change of every event through {@link LiveRelay}, so an admin on
 * instance B sees a sale made on instance A.
 */
@Component
class SalesPusher {
    private static final Logger log = LoggerFactory.getLogger(SalesPusher.class);

    private final SalesFiguresService figures;
    private final LiveBroadcaster broadcasts;
    private final LiveSessions sessions;
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final Map<Long, SalesFigures> lastSent = new ConcurrentHashMap<>();
    // "at most once a second": the dashboard needs no more, and each push reads the database; run when a change
    // asks for it, not on a timer, so an idle server does not wake for it
    private final CoalescedPass pass;

    SalesPusher(SalesFiguresService figures, LiveBroadcaster broadcasts, LiveSessions sessions,
                @Qualifier("taskScheduler") TaskScheduler scheduler) {
        this.figures = figures;
        this.broadcasts = broadcasts;
        this.sessions = sessions;
        this.pass = new CoalescedPass(scheduler, Duration.ofSeconds(1), this::push);
    }

    void changed(long eventId) {
        dirty.add(eventId);
        pass.request();
    }

    /** A new subscriber: send at the next push even if nothing changed (the broker keeps no last message). */
    void resend(long eventId) {
        lastSent.remove(eventId);
        dirty.add(eventId);
        pass.request();
    }

    void push() {
        for (Long eventId : Set.copyOf(dirty)) {
            dirty.remove(eventId);
            if (!sessions.hasSubscribers(eventId, LiveDestinations.Topic.SALES)) {
                lastSent.remove(eventId);
                continue;
            }
            try {
                SalesFigures now = figures.figures(eventId);
                SalesFigures last = lastSent.get(eventId);
                // the reading time alone is no change
                if (last == null || !withoutTime(now).equals(withoutTime(last))) {
                    lastSent.put(eventId, now);
                    broadcasts.send(LiveDestinations.sales(eventId), now);
                }
            } catch (RuntimeException e) {
                dirty.add(eventId);
                pass.request();
                log.warn("Sales figures of event {} not pushed: {}", eventId, e.toString());
            }
        }
    }

    private static SalesFigures withoutTime(SalesFigures f) {
        return new SalesFigures(f.eventId(), null, f.sold(), f.revenue(), f.held(), f.holdCount(), f.byChannelAndTier(),
                f.activeHolds(), null);
    }
}
