package dev.tiketi.server.queue;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.server.system.RedisNamespace;
import dev.tiketi.server.system.TiketiProperties;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's waiting-room settings: kept in PostgreSQL (they must outlive Redis), and copied into the
 * event's settings hash in Redis, where the scripts read them, so every server uses a change at once.
 */
@Component
class QueueSettingsStore {
    /** Writes the copy only if there is none, so a slow load cannot overwrite an admin's newer change. */
    private static final RedisScript<Long> LOAD_IF_ABSENT = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'mode', ARGV[1], 'threshold', ARGV[2], 'rate', ARGV[3], 'idle', ARGV[4], 'abandon', ARGV[5])
            return 1""", Long.class);

    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final QueueSettings defaults;
    private final RedisNamespace ns;

    QueueSettingsStore(JdbcClient jdbc, StringRedisTemplate redis, Clock clock, TiketiProperties props, RedisNamespace ns) {
        this.ns = ns;
        this.jdbc = jdbc;
        this.redis = redis;
        this.clock = clock;
        TiketiProperties.Queue q = props.queue();
        this.defaults = new QueueSettings(q.defaultMode(), q.defaultThreshold(), q.defaultAdmissionsPerMinute(),
                (int) q.defaultIdleTimeout().toSeconds(), (int) q.defaultAbandonTimeout().toSeconds());
    }

    QueueSettings get(long eventId) {
        return jdbc.sql("""
                        select mode, threshold, admissions_per_minute, idle_timeout_seconds, abandon_timeout_seconds
                        from queue_settings where event_id = ?""")
                .param(eventId)
                .query((rs, n) -> new QueueSettings(QueueMode.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)))
                .optional().orElse(defaults);
    }

    /** Saves in the caller's transaction; call {@link #publish} once it has committed. No admin: the system's own. */
    void save(long eventId, QueueSettings s, Long adminId) {
        jdbc.sql("""
                        insert into queue_settings (event_id, mode, threshold, admissions_per_minute, idle_timeout_seconds,
                                                    abandon_timeout_seconds, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do update set mode = excluded.mode, threshold = excluded.threshold,
                            admissions_per_minute = excluded.admissions_per_minute,
                            idle_timeout_seconds = excluded.idle_timeout_seconds,
                            abandon_timeout_seconds = excluded.abandon_timeout_seconds,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(eventId, s.mode().name(), s.threshold(), s.admissionsPerMinute(), s.idleTimeoutSeconds(),
                        s.abandonTimeoutSeconds(), java.sql.Timestamp.from(clock.instant()), adminId)
                .update();
    }

    /** Puts the settings in Redis for every server's scripts. */
    void publish(long eventId, QueueSettings s) {
        redis.opsForHash().putAll(new QueueKeys(ns, eventId).settings(), fields(s));
    }

    /** Copies the stored settings into Redis after a flush or on first use. */
    void load(long eventId) {
        Map<String, String> f = fields(get(eventId));
        redis.execute(LOAD_IF_ABSENT, List.of(new QueueKeys(ns, eventId).settings()),
                f.get("mode"), f.get("threshold"), f.get("rate"), f.get("idle"), f.get("abandon"));
    }

    private static Map<String, String> fields(QueueSettings s) {
        return Map.of("mode", s.mode().name(), "threshold", Integer.toString(s.threshold()),
                "rate", Integer.toString(s.admissionsPerMinute()),
                "idle", Long.toString(s.idleTimeoutSeconds() * 1000L),
                "abandon", Long.toString(s.abandonTimeoutSeconds() * 1000L));
    }
}
