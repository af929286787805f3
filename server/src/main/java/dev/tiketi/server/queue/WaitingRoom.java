package dev.tiketi.server.queue;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.server.system.RedisNamespace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The waiting room's state in Redis, one atomic script per operation (scripts/queue). Knows nothing of
 * accounts or events beyond their ids; {@link QueueService} and {@link Admitter} decide who may do what.
 */
@Component
@SuppressWarnings("rawtypes")
class WaitingRoom {
    private static final RedisScript<List> CHECK = QueueScripts.list("check");
    private static final RedisScript<List> STATUS = QueueScripts.list("status");
    private static final RedisScript<Long> LEAVE = QueueScripts.number("leave");
    private static final RedisScript<List> ADMIT = QueueScripts.list("admit");
    private static final RedisScript<List> SUMMARY = QueueScripts.list("summary");
    private static final RedisScript<List> CLEAR = QueueScripts.list("clear");
    static final int MOST_PER_PASS = 1000;

    private final StringRedisTemplate redis;
    private final QueueSettingsStore settings;
    private final RedisNamespace ns;
    private final String activeEventsKey;
    /** The admitter's nudge: every change a shopper or an admin makes may let someone in. */
    private volatile Runnable moved = () -> { };

    WaitingRoom(StringRedisTemplate redis, QueueSettingsStore settings, RedisNamespace ns) {
        this.redis = redis;
        this.ns = ns;
        this.activeEventsKey = QueueKeys.activeEvents(ns);
        this.settings = settings;
    }

    /**
     * The line's numbers: who waits, who is in, the head's arrival number, the recent admissions, and the
     * settings the scripts used.
     */
    record Line(long waiting, long admitted, long head, long recentAdmissions, Instant oldestRecentAdmission,
                int threshold, int capPerMinute, QueueMode mode) {
    }

    /** Where one user stands. */
    sealed interface Place {
    }

    /** The waiting room is off. */
    record Open() implements Place {
    }

    record Admitted(Instant deadline) implements Place {
    }

    record Queued(long arrival, long ahead, Line line) implements Place {
    }

    record Absent() implements Place {
    }

    /** What one admission pass did. */
    record Pass(long idleFreed, long abandoned, Line line, List<String> admitted) {
    }

    /** {@code nudge} runs after every call that may let someone in (a join, a look that ends an idle turn, a leave). */
    void whenMoved(Runnable nudge) {
        this.moved = nudge;
    }

    Place check(long eventId, String user, boolean onSale, Duration tolerance, Instant now) {
        Place place = place(run(eventId, CHECK, now, user, onSale ? "1" : "0", Long.toString(micros(tolerance))));
        if (!(place instanceof Open)) {
            moved.run();
        }
        return place;
    }

    /** Where the user stands; {@code renew} also restarts an admitted user's idle time (activity). */
    Place status(long eventId, String user, boolean renew, Instant now) {
        Place place = place(run(eventId, STATUS, now, user, renew ? "1" : "0"));
        if (!(place instanceof Open)) {
            moved.run(); // the script ends idle turns, which frees their slots (every hold looks, line or not)
        }
        return place;
    }

    /** Takes the user out of the line and the admitted set; true if that freed an admitted slot. */
    boolean leave(long eventId, String user, Instant now) {
        QueueKeys k = new QueueKeys(ns, eventId);
        boolean freed = redis.execute(LEAVE, k.all(), Long.toString(now.toEpochMilli()), user) == 1L;
        moved.run();
        return freed;
    }

    Pass admit(long eventId, boolean onSale, Duration tolerance, Instant now) {
        List r = run(eventId, ADMIT, now, onSale ? "1" : "0", Long.toString(micros(tolerance)),
                Integer.toString(MOST_PER_PASS), Integer.toString(MOST_PER_PASS));
        List<String> admitted = new ArrayList<>();
        for (int i = 10; i < r.size(); i++) {
            admitted.add(r.get(i).toString());
        }
        return new Pass(num(r, 0), num(r, 1), line(r, 2), admitted);
    }

    /** The line and when its head joined (null when nobody waits), changing nothing. */
    record Overview(Line line, Instant headJoined) {
    }

    Overview overview(long eventId, Instant now) {
        List r = run(eventId, SUMMARY, now);
        return new Overview(line(r, 0), num(r, 8) < 0 ? null : Instant.ofEpochMilli(num(r, 8)));
    }

    /** How many of those waiting now joined within {@code window}: the recent arrivals still in line. */
    long recentArrivals(long eventId, Instant now, Duration window) {
        long since = now.minus(window).toEpochMilli();
        List<Object> joined = redis.opsForHash().values(new QueueKeys(ns, eventId).joined());
        return joined.stream().filter(t -> Long.parseLong(t.toString()) >= since).count();
    }

    /** Empties the line and the admitted set; returns {waiting removed, admitted removed}. */
    long[] clear(long eventId, Instant now) {
        List r = redis.execute(CLEAR, new QueueKeys(ns, eventId).all(), Long.toString(now.toEpochMilli()));
        moved.run();
        return new long[] {num(r, 0), num(r, 1)};
    }

    /** The events whose waiting room may have someone in it. */
    List<Long> activeEvents() {
        return redis.opsForSet().members(activeEventsKey).stream().map(Long::parseLong).sorted().toList();
    }

    void markActive(long eventId) {
        redis.opsForSet().add(activeEventsKey, Long.toString(eventId));
        moved.run();
    }

    /** Stops the admitter looking at an event whose room is empty; a user who slipped in meanwhile keeps it. */
    void forgetIfEmpty(long eventId) {
        QueueKeys k = new QueueKeys(ns, eventId);
        redis.opsForSet().remove(activeEventsKey, Long.toString(eventId));
        Long waiting = redis.opsForZSet().zCard(k.waiting());
        Long admitted = redis.opsForZSet().zCard(k.admitted());
        if ((waiting != null && waiting > 0) || (admitted != null && admitted > 0)) {
            markActive(eventId);
        }
    }

    /** Runs a script; when Redis has no settings for the event (first use, or after a flush) loads them and runs it again. */
    private List run(long eventId, RedisScript<List> script, Instant now, String... more) {
        QueueKeys k = new QueueKeys(ns, eventId);
        Object[] args = new Object[more.length + 1];
        args[0] = Long.toString(now.toEpochMilli());
        System.arraycopy(more, 0, args, 1, more.length);
        Supplier<List> call = () -> redis.execute(script, k.all(), args);
        List r = call.get();
        if (num(r, 0) == -1) {
            settings.load(eventId);
            r = call.get();
        }
        return r;
    }

    private static Place place(List r) {
        return switch ((int) num(r, 0)) {
            case 0 -> new Open();
            case 1 -> new Admitted(Instant.ofEpochMilli(num(r, 1)));
            case 2 -> new Queued(num(r, 1), num(r, 2), line(r, 3));
            case 3 -> new Absent();
            default -> throw new IllegalStateException("unexpected queue script reply " + r);
        };
    }

    private static Line line(List r, int from) {
        long oldest = num(r, from + 4);
        return new Line(num(r, from), num(r, from + 1), num(r, from + 2), num(r, from + 3),
                oldest < 0 ? null : Instant.ofEpochMilli(oldest), (int) num(r, from + 5), (int) num(r, from + 6),
                QueueMode.valueOf(r.get(from + 7).toString()));
    }

    private static long num(List r, int i) {
        return ((Number) r.get(i)).longValue();
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1000;
    }
}
