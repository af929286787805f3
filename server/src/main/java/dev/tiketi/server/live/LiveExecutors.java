package dev.tiketi.server.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Threads of their own for the STOMP channels. Spring Boot otherwise hands both channels the application's
 * only task executor, which here is the 4-thread scheduler of the hold sweeper and the queue admitter: every
 * push then queued behind background passes, and a few clients with full sockets (each send may block up
 * to the send-time limit) could stall expiring holds and admitting shoppers. Declaring two more executors
 * also stops Boot's guess, so {@link LiveConfig}'s choice is the one used.
 */
@Configuration(proxyBeanMethods = false)
class LiveExecutors {
    private static final String INBOUND_PREFIX = "tiketi-live-in-";
    private static final String OUTBOUND_PREFIX = "tiketi-live-out-";

    @Bean
    ThreadPoolTaskExecutor liveInboundExecutor() {
        return pool(INBOUND_PREFIX, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
    }

    /**
     * Each client's messages go out one at a time, so a client whose socket is full ties up one thread until
     * its send limit cuts it off; enough threads keep a few such clients from stalling the rest.
     */
    @Bean
    ThreadPoolTaskExecutor liveOutboundExecutor() {
        return pool(OUTBOUND_PREFIX, Math.max(16, Runtime.getRuntime().availableProcessors() * 8));
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(prefix);
        executor.setAllowCoreThreadTimeOut(true);
        return executor;
    }
}
