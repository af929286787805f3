package dev.tiketi.server.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;

/**
 * A background pass that runs when it is due instead of on a fixed beat: each run says how soon the next one
 * is wanted (until its earliest deadline, or a longer safety interval when it found nothing to wait for), and
 * {@link #dueWithin} brings it forward when new work arrives. Passes never overlap; one asked for while a pass runs
 * starts when it ends. On this VM every thread wake-up costs about a tenth of a millisecond of CPU whatever it
 * does, and an idle server's sweeper and admitter used to wake six times a second to find nothing (decision
 * 0030).
 *
 * <p>{@link #dueWithin} is called on hot paths (every hold, every queue request), so when the planned run is
 * already early enough it costs one volatile read. Delays, not instants: a pass works out its deadlines with
 * the application's {@code Clock} (which tests move), the scheduler waits in real time.
 */
public final class DuePass {
    private final TaskScheduler scheduler;
    private final Supplier<Duration> pass;
    private final String name;
    private final Duration afterFailure;
    /** When the planned run starts, in epoch millis; {@code Long.MIN_VALUE} while a run is on, so every ask is kept. */
    private volatile long plannedAt = Long.MAX_VALUE;
    private long askedDuringRun = Long.MAX_VALUE;
    private ScheduledFuture<?> planned;
    /** Which plan is current: a run that fired before its plan was replaced finds itself stale and does nothing. */
    private long generation;
    private boolean running;
    private volatile boolean started;

    /**
     * {@code pass} runs one pass and returns how soon the next is wanted; one that throws runs again after
     * {@code afterFailure} (passes should catch and pace their own retries; this is the backstop).
     */
    public DuePass(TaskScheduler scheduler, String name, Duration afterFailure, Supplier<Duration> pass) {
        this.scheduler = scheduler;
        this.name = name;
        this.afterFailure = afterFailure;
        this.pass = pass;
    }

    /** Asks for a pass within {@code delay} (now, or until a deadline that just appeared). */
    public void dueWithin(Duration delay) {
        long ms = System.currentTimeMillis() + Math.max(0, delay.toMillis());
        if (plannedAt <= ms && plannedAt != Long.MIN_VALUE) {
            return;
        }
        synchronized (this) {
            if (!started) {
                return;
            }
            if (running) {
                askedDuringRun = Math.min(askedDuringRun, ms);
            } else if (ms < plannedAt) {
                plan(ms);
            }
        }
    }

    /** When the next pass is planned; null while one runs or before start. For tests and the docs' claims. */
    public synchronized Instant plannedAt() {
        return running || !started || plannedAt == Long.MAX_VALUE ? null : Instant.ofEpochMilli(plannedAt);
    }

    private void run(long plan) {
        synchronized (this) {
            if (!started || plan != generation) {
                return; // stopped, or replaced by an earlier plan after it had already fired
            }
            running = true;
            planned = null;
            plannedAt = Long.MIN_VALUE;
            askedDuringRun = Long.MAX_VALUE;
        }
        Duration next = null;
        try {
            next = pass.get();
        } finally {
            synchronized (this) {
                running = false;
                plannedAt = Long.MAX_VALUE;
                if (started) {
                    next = next == null ? afterFailure : next;
                    plan(Math.min(System.currentTimeMillis() + Math.max(0, next.toMillis()), askedDuringRun));
                }
            }
        }
    }

    /** Holding the lock: replaces the planned run with one at {@code ms}. */
    private void plan(long ms) {
        if (ms == Long.MAX_VALUE) {
            return;
        }
        if (planned != null) {
            planned.cancel(false);
        }
        long plan = ++generation;
        try {
            planned = scheduler.schedule(() -> run(plan), Instant.ofEpochMilli(ms));
            plannedAt = ms;
        } catch (TaskRejectedException e) {
            planned = null; // the scheduler is shutting down: no more passes
            plannedAt = Long.MAX_VALUE;
        }
    }

    /** Runs the first pass now; from then on each pass plans the next. */
    public synchronized void start() {
        started = true;
        if (running) {
            askedDuringRun = System.currentTimeMillis(); // restarted while the last pass still runs: one more after it
        } else {
            plan(System.currentTimeMillis());
        }
    }

    public boolean started() {
        return started;
    }

    /** No pass starts after this (one already running finishes). */
    public synchronized void stop() {
        started = false;
        generation++;
        if (planned != null) {
            planned.cancel(false);
            planned = null;
        }
        if (!running) {
            plannedAt = Long.MAX_VALUE;
        }
    }

    @Override
    public String toString() {
        return "DuePass[" + name + "]";
    }
}
