package dev.tiketi.server.auth;

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
 */
@Component
class LoginThrottle {
    private static final RedisScript<Long> FAILURE =
            RedisScript.of(new ClassPathResource("scripts/login_failure.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(StringRedisTemplate redis, TiketiProperties props) {
        this.redis = redis;
        this.maxFailures = props.login().maxFailures();
        this.lockDuration = props.login().lockDuration();
    }

    /** Seconds until the account may try again, or 0 when it is not locked. */
    long lockedForSeconds(String username) {
        String key = key(username);
        String count = redis.opsForValue().get(key);
        if (count == null || Long.parseLong(count) < maxFailures) {
            return 0;
        }
        Long ttlMs = redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
        return ttlMs == null || ttlMs <= 0 ? 0 : Math.max(1, (ttlMs + 999) / 1000);
    }

    void recordFailure(String username) {
        redis.execute(FAILURE, List.of(key(username)), Long.toString(lockDuration.toMillis()), Integer.toString(maxFailures));
    }

    void recordSuccess(String username) {
        redis.delete(key(username));
    }

    private static String key(String username) {
        return "login:fail:" + username.toLowerCase(Locale.ROOT);
    }
}
