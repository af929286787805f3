package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.server.system.RedisNamespace;
import dev.tiketi.server.system.TiketiProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import dev.tiketi.server.system.CoalescedPass;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Who watches each event, across every instance: a sorted set per event in Redis ({@code <ns>:pres:{e<id>}}),
 * one member per (instance, session), scored by when it lapses (30 s). Each instance renews its own members
 * every 10 s, so a crashed instance's viewers drop out by themselves. A join or leave is
 * announced on the event's live channel; every instance with presence subscribers then recounts, at most
 * once per interval, so a thousand arrivals cost one push, not a thousand.
 */
@Component
class PresenceTracker {
    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);

    private final StringRedisTemplate redis;
    private final LiveBroadcaster broadcasts;
    private final LiveSessions sessions;
    private final LiveNotices notices;
    private final Clock clock;
    private final Duration ttl;
    private final RedisNamespace ns;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final Map<Long, PresenceUpdate> lastSent = new ConcurrentHashMap<>();
    private static final Duration DEPARTURES_WAIT = Duration.ofSeconds(2);
    private final ExecutorService departures = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tiketi-presence-departures");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;
    /** System.nanoTime() by which the departures of a closing server must be done. */
    private volatile long closingDeadline;
    private final AtomicBoolean departuresLate = new AtomicBoolean();
    /** The recount and push, run when a change asks for it rather than on a timer: an idle server does not wake. */
    private final CoalescedPass pass;

    PresenceTracker(StringRedisTemplate redis, LiveBroadcaster broadcasts, @Lazy LiveSessions sessions,
                    LiveNotices notices, Clock clock, TiketiProperties props, RedisNamespace ns,
                    @Qualifier("taskScheduler") TaskScheduler scheduler) {
        this.redis = redis;
        this.ns = ns;
        this.broadcasts = broadcasts;
        this.sessions = sessions;
        this.notices = notices;
        this.clock = clock;
        this.ttl = props.live().presenceTtl();
        this.pass = new CoalescedPass(scheduler, props.live().presenceInterval(), this::push);
    }

    private String key(long eventId) {
        return ns.key("pres:{e" + eventId + "}");
    }

    private String member(String sessionId, LivePrincipal p) {
        return instance + "|" + sessionId + "|" + (p.isTerminal() ? "T|" + p.terminalLabel() : "V|");
    }

    void joined(String sessionId, long eventId, LivePrincipal principal) {
        try {
            redis.opsForZSet().add(key(eventId), member(sessionId, principal), clock.millis() + ttl.toMillis());
            notices.presenceChanged(eventId);
        } catch (RuntimeException e) {
            log.warn("Presence of event {} not recorded: {}", eventId, e.toString());
        }
    }

    void left(String sessionId, long eventId, LivePrincipal principal) {
        if (!closing) {
            remove(sessionId, eventId, principal);
            return;
        }
        // Closing drops every session, and Redis may be gone already (Ctrl-C signals the embedded one too, and
        // embedded-redis stops it from a JVM shutdown hook of its own): a blocked call would hold the shutdown
        // for a command timeout (a minute). So all departures together get a short time; what Redis has not
        // taken by then lapses after the TTL, as a crashed server's viewers do.
        Future<?> done = departures.submit(() -> remove(sessionId, eventId, principal));
        try {
            done.get(Math.max(0, closingDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (departuresLate.compareAndSet(false, true)) {
                log.info("Redis did not answer in time: this server's viewers leave the presence counts within {}", ttl);
            }
        } catch (ExecutionException e) {
            log.warn("Presence of event {} not removed: {}", eventId, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void remove(String sessionId, long eventId, LivePrincipal principal) {
        try {
            redis.opsForZSet().remove(key(eventId), member(sessionId, principal));
            notices.presenceChanged(eventId);
        } catch (RuntimeException e) {
            log.warn("Presence of event {} not removed: {}", eventId, e.toString());
        }
    }

    /** Published before any session is dropped. */
    @EventListener(ContextClosedEvent.class)
    void contextClosing() {
        closingDeadline = System.nanoTime() + DEPARTURES_WAIT.toNanos();
        closing = true;
    }

    @PreDestroy
    void stopDepartures() {
        departures.shutdownNow();
    }

    /**
     * A new presence subscriber: push the count at the next push even if it has not changed, since the
     * broker keeps no last message and there is no snapshot to read (a session that already watched the
     * event changes no count by subscribing, and would otherwise hear nothing until someone came or went).
     */
    void resend(long eventId) {
        lastSent.remove(eventId);
        dirty.add(eventId);
        pass.request();
    }

    /** An instance announced a change (or this one resynced): recount at the next push. */
    void markDirty(long eventId) {
        dirty.add(eventId);
        pass.request();
    }

    @Scheduled(fixedDelayString = "${tiketi.live.presence-renew:10s}")
    void renew() {
        try {
            long until = clock.millis() + ttl.toMillis();
            sessions.watching().forEach((session, events) -> events.forEach((eventId, principal) ->
                    redis.opsForZSet().add(key(eventId), member(session, principal), until)));
            for (long eventId : sessions.watchedEvents()) {
                Long lapsed = redis.opsForZSet().removeRangeByScore(key(eventId), Double.NEGATIVE_INFINITY, clock.millis());
                if (lapsed != null && lapsed > 0) {
                    notices.presenceChanged(eventId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Presence renewal failed: {}", e.toString());
        }
    }

    void push() {
        for (Long eventId : Set.copyOf(dirty)) {
            dirty.remove(eventId);
            if (!sessions.hasSubscribers(eventId, LiveDestinations.Topic.PRESENCE)) {
                lastSent.remove(eventId);
                continue;
            }
            try {
                PresenceUpdate now = count(eventId);
                if (!now.equals(lastSent.put(eventId, now))) {
                    broadcasts.send(LiveDestinations.presence(eventId), now);
                }
            } catch (RuntimeException e) {
                dirty.add(eventId);
                pass.request();
                log.warn("Presence of event {} not pushed: {}", eventId, e.toString());
            }
        }
    }

    /** Counts the members that have not lapsed: distinct terminals, and customer connections. */
    PresenceUpdate count(long eventId) {
        Set<String> members = redis.opsForZSet().rangeByScore(key(eventId), clock.millis(), Double.POSITIVE_INFINITY);
        Set<String> terminals = new HashSet<>();
        int viewers = 0;
        for (String m : members == null ? Set.<String>of() : members) {
            String[] p = m.split("\\|", 4);
            if (p.length == 4 && p[2].equals("T")) {
                terminals.add(p[3]);
            } else {
                viewers++;
            }
        }
        return new PresenceUpdate(eventId, terminals.size(), viewers);
    }
}
