package dev.tiketi.server.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The operations figures the original system planned, as Prometheus meters: holds taken, orders and tickets
 * sold (by channel), admissions (by event), and Redis memory (read every few seconds, not at scrape time, so a
 * slow Redis never slows a scrape). Counters are per instance; Prometheus adds them up and takes the rate (per
 * minute: {@code rate(tiketi_holds_taken_total[1m]) * 60}). Live sessions are registered by the live package.
 */
@Component
public class OperationsMeters {
    private static final Logger log = LoggerFactory.getLogger(OperationsMeters.class);

    private final MeterRegistry registry;
    private final StringRedisTemplate redis;
    private final Counter holds;
    private final AtomicLong redisUsed = new AtomicLong();
    private final AtomicLong redisMax = new AtomicLong();

    OperationsMeters(MeterRegistry registry, StringRedisTemplate redis) {
        this.registry = registry;
        this.redis = redis;
        this.holds = Counter.builder("tiketi.holds.taken").description("Holds taken").register(registry);
        Gauge.builder("tiketi.redis.memory.used", redisUsed, AtomicLong::get).baseUnit("bytes")
                .description("Memory Redis uses (INFO memory used_memory)").register(registry);
        Gauge.builder("tiketi.redis.memory.max", redisMax, AtomicLong::get).baseUnit("bytes")
                .description("Redis maxmemory (0: no limit)").register(registry);
    }

    public void holdCreated() {
        holds.increment();
    }

    public void sold(String channel, int tickets) {
        Counter.builder("tiketi.sales.orders").description("Orders paid").tag("channel", channel).register(registry).increment();
        Counter.builder("tiketi.sales.tickets").description("Tickets sold").tag("channel", channel).register(registry)
                .increment(tickets);
    }

    public void admitted(long eventId, int shoppers) {
        Counter.builder("tiketi.queue.admissions").description("Shoppers let in from the waiting room")
                .tag("event", Long.toString(eventId)).register(registry).increment(shoppers);
    }

    public long redisUsedMemory() {
        return redisUsed.get();
    }

    public long redisMaxMemory() {
        return redisMax.get();
    }

    @Scheduled(fixedDelay = 5000)
    void readRedisMemory() {
        try {
            Properties info = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("memory"));
            if (info != null) {
                redisUsed.set(Long.parseLong(info.getProperty("used_memory", "0")));
                redisMax.set(Long.parseLong(info.getProperty("maxmemory", "0")));
            }
        } catch (RuntimeException e) {
            log.debug("Redis memory not read: {}", e.toString());
        }
    }
}
