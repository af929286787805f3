package dev.tiketi.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real time plus an offset that tests move forward, so a 5-minute hold can expire in a test that runs
 * for a second. The server reads time only from the Clock bean, so everything (holds, the sweeper, sale
 * windows) sees the same moved time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** The shared clock; tests call {@link Moving#advance} and the reset before each test puts it back. */
    public static final Moving CLOCK = new Moving();

    @Bean
    @Primary
    Clock movedClock() {
        return CLOCK;
    }

    public static final class Moving extends Clock {
        private final AtomicLong offsetMillis = new AtomicLong();

        public void advance(Duration by) {
            offsetMillis.addAndGet(by.toMillis());
        }

        public void reset() {
            offsetMillis.set(0);
        }

        @Override
        public Instant instant() {
            return Instant.now().plusMillis(offsetMillis.get());
        }

        @Override
        public long millis() {
            return System.currentTimeMillis() + offsetMillis.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
