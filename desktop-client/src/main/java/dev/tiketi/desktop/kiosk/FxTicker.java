package dev.tiketi.desktop.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The terminal's ticker: one daemon timer thread that hands each task to the FX executor when it is due. */
final class FxTicker implements Ticker, AutoCloseable {
    private final Clock clock;
    private final Executor fx;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tiketi-kiosk-ticker");
        t.setDaemon(true);
        return t;
    });

    FxTicker(Clock clock, Executor fx) {
        this.clock = clock;
        this.fx = fx;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Cancel after(Duration delay, Runnable task) {
        if (timer.isShutdown()) {
            return () -> { };
        }
        // cancelled is read on the FX thread, where cancel() is called too: a task already handed over still stops
        boolean[] cancelled = {false};
        ScheduledFuture<?> f = timer.schedule(() -> fx.execute(() -> {
            if (!cancelled[0]) {
                task.run();
            }
        }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled[0] = true;
            f.cancel(false);
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
