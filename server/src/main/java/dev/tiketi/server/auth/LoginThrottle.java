package dev.tiketi.server.auth;

import dev.tiketi.server.system.RedisNamespace;
import dev.tiketi.server.system.TiketiProperties;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed logins, across all server instances (the count
 * lives in Redis). It keys on the account, not the address, so a guesser cannot rotate addresses.
 * If Redis is down, logins fail with 503 rather than go unthrottled.
 */
@Component
class LoginThrottle {
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ATTEMPT =
            RedisScript.of(new ClassPathResource("scripts/login_attempt.lua"), List.class);

    private final StringRedisTemplate redis;
    private final int maxFailures;
    private final Duration lockDuration;
    private final RedisNamespace ns;

    LoginThrottle(StringRedisTemplate redis, TiketiProperties props, RedisNamespace ns) {
        this.redis = redis;
        this.ns = ns;
        this.maxFailures = props.login().maxFailures();
        this.lockDuration = props.login().lockDuration();
    }

    /** Counts an attempt; returns 0 if it may proceed, else the seconds until the account may try again. */
    long attempt(String username) {
        List<?> result = redis.execute(ATTEMPT, List.of(key(username)), Long.toString(lockDuration.toMillis()),
                Integer.toString(maxFailures));
        if (((Number) result.get(0)).longValue() == 1) {
            return 0;
        }
        long ms = ((Number) result.get(1)).longValue();
        return Math.max(1, (ms + 999) / 1000);
    }

    void recordSuccess(String username) {
        redis.delete(key(username));
    }

    private String key(String username) {
        return ns.key("login:attempts:" + username.toLowerCase(Locale.ROOT));
    }
}
