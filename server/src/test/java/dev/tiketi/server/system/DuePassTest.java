package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The background passes' scheduling (sweeper, admitter) on a real scheduler: a pass plans its own next run, an
 * earlier ask brings it forward and a later one changes nothing, passes never overlap however many threads ask,
 * an ask during a pass is not lost, a pass that throws runs again, and nothing runs after stop.
 */
class DuePassTest {
    private static final Duration LONG = Duration.ofMinutes(10);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicInteger runs = new AtomicInteger();

    DuePassTest() {
        scheduler.setPoolSize(4);
        scheduler.initialize();
    }

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    private DuePass pass(Supplier<Duration> next) {
        return new DuePass(scheduler, "test", Duration.ofMillis(50), () -> {
            runs.incrementAndGet();
            return next.get();
        });
    }

    @Test
    void theFirstPassRunsAtStartAndPlansTheNextAsItSays() {
        DuePass pass = pass(() -> LONG);
        pass.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1 && pass.plannedAt() != null);
        assertThat(pass.plannedAt()).isAfter(Instant.now().plus(LONG).minusSeconds(5));
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void anEarlierAskBringsThePassForwardAndALaterOneChangesNothing() {
        DuePass pass = pass(() -> LONG);
        pass.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1 && pass.plannedAt() != null);
        Instant planned = pass.plannedAt();

        pass.dueWithin(LONG.multipliedBy(2));
        assertThat(pass.plannedAt()).isEqualTo(planned);

        pass.dueWithin(Duration.ofMinutes(5));
        assertThat(pass.plannedAt()).isBefore(planned).isAfter(Instant.now().plus(Duration.ofMinutes(4)));

        pass.dueWithin(Duration.ZERO);
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> pass.plannedAt() != null);
        assertThat(pass.plannedAt()).isAfter(Instant.now().plus(LONG).minusSeconds(5));
    }

    @Test
    void passesNeverOverlapHoweverManyAskAndAnAskDuringAPassIsKept() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DuePass pass = pass(() -> {
            int now = inside.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            firstStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return LONG;
        });
        pass.start();
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

        ExecutorService askers = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(askers.submit(() -> {
                for (int j = 0; j < 1_000; j++) {
                    pass.dueWithin(Duration.ZERO);
                }
            }));
        }
        for (var ask : asks) {
            ask.get(10, TimeUnit.SECONDS);
        }
        askers.shutdown();
        assertThat(runs.get()).as("the first pass is still running").isEqualTo(1);
        release.countDown();

        // the asks made during the first pass are answered by exactly one more pass, right after it
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2 && pass.plannedAt() != null);
        assertThat(most.get()).isEqualTo(1);
        assertThat(pass.plannedAt()).isAfter(Instant.now().plus(LONG).minusSeconds(5));
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aPassThatThrowsRunsAgainAfterTheFailurePause() {
        AtomicInteger calls = new AtomicInteger();
        DuePass pass = pass(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("Redis is away");
            }
            return LONG;
        });
        pass.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 3 && pass.plannedAt() != null);
        assertThat(pass.plannedAt()).isAfter(Instant.now().plus(LONG).minusSeconds(5));
    }

    @Test
    void nothingRunsAfterStopAndAsksAreIgnored() {
        DuePass pass = pass(() -> Duration.ofMillis(20));
        pass.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        pass.stop();
        int after = runs.get();
        pass.dueWithin(Duration.ZERO);
        assertThat(pass.plannedAt()).isNull();
        // one pass may have been starting as stop came; a scheduled no-op makes sure the scheduler had time to run more
        CountDownLatch drained = new CountDownLatch(1);
        scheduler.schedule(drained::countDown, Instant.now().plusMillis(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> drained.getCount() == 0);
        assertThat(runs.get()).isBetween(after, after + 1);
    }
}
