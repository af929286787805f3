package dev.tiketi.server.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;

/**
 * A pass that runs only when asked: the first {@link #request()} after a run schedules one run {@code delay}
 * later, and every request until it starts rides along. So many changes still cost one pass per interval, as a
 * fixed-delay poll would, but a server with nothing to do wakes for nothing (on this VM every wake-up of a
 * thread costs about a tenth of a millisecond of CPU, and the pushers used to wake ten times a second).
 */
public final class CoalescedPass {
    private final TaskScheduler scheduler;
    private final Duration delay;
    private final Runnable pass;
    private final AtomicBoolean pending = new AtomicBoolean();

    public CoalescedPass(TaskScheduler scheduler, Duration delay, Runnable pass) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.pass = pass;
    }

    /** Something changed: run the pass within {@code delay}. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::run, Instant.now().plus(delay));
            } catch (TaskRejectedException e) {
                pending.set(false); // the scheduler is shutting down: nobody is left to push to
            }
        }
    }

    private void run() {
        // cleared before the pass reads its work: a change arriving during the pass schedules the next one
        pending.set(false);
        pass.run();
    }
}
