package dev.tiketi.server.system;

import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lettuce's timer with a half-second tick instead of its default tenth of a second. The timer thread wakes on
 * every tick whether or not anything is due (ten times a second, 0.12 % of a core on an idle server here,
 * decision 0030), and what Lettuce times with it needs no finer grain: command timeouts of seconds, and the
 * delay before a lost connection is tried again (at most half a second later than asked).
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfig {
    static final long TICK_MS = 500;

    /** Stopped after the client resources that use it (they depend on it and do not stop a timer handed to them). */
    @Bean(destroyMethod = "stop")
    HashedWheelTimer lettuceTimer() {
        return new HashedWheelTimer(new DefaultThreadFactory("lettuce-timer", true), TICK_MS, TimeUnit.MILLISECONDS);
    }

    @Bean
    ClientResourcesBuilderCustomizer coarseLettuceTimer(HashedWheelTimer lettuceTimer) {
        return builder -> builder.timer(lettuceTimer);
    }
}
