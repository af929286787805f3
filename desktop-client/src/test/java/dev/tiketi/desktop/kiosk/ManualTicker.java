package dev.tiketi.desktop.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A ticker a test moves by hand: {@link #advance} runs every task that falls due, in time order. */
final class ManualTicker implements Ticker {
    private Instant now = Instant.parse("2027-01-01T10:00:00Z");
    private final List<Task> tasks = new ArrayList<>();
    private long order;

    private final class Task implements Cancel {
        final Instant due;
        final long seq = order++;
        final Runnable run;
        boolean cancelled;

        Task(Instant due, Runnable run) {
            this.due = due;
            this.run = run;
        }

        @Override
        public void cancel() {
            cancelled = true;
            tasks.remove(this);
        }
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Cancel after(Duration delay, Runnable task) {
        Task t = new Task(now.plus(delay), task);
        tasks.add(t);
        return t;
    }

    /** Moves time on by {@code by}, running each task when its time comes (tasks may schedule more). */
    void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.due.isAfter(until))
                    .min(Comparator.<Task, Instant>comparing(t -> t.due).thenComparingLong(t -> t.seq)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.run.run();
        }
        now = until;
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    /** Tasks waiting to run. */
    int pending() {
        return tasks.size();
    }
}
