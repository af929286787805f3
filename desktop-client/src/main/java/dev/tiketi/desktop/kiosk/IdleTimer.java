package dev.tiketi.desktop.kiosk;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Notices a kiosk nobody touches. After {@code idleAfter} without a touch it says so ({@link
 * #stillThereProperty()}, with the seconds left to answer); after {@code answerWithin} more it times out.
 * Any touch starts it over. It ticks once a second while running, which is all a countdown in whole seconds
 * needs; between ticks nothing happens, so a stopped timer costs nothing.
 */
public final class IdleTimer {
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Ticker ticker;
    private final Duration idleAfter;
    private final Duration answerWithin;
    private final ReadOnlyBooleanWrapper stillThere = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private Runnable onIdle = () -> { };
    private Runnable onTimeout = () -> { };
    private Instant lastTouch;
    private boolean running;
    private Ticker.Cancel next;

    public IdleTimer(Ticker ticker, Duration idleAfter, Duration answerWithin) {
        this.ticker = ticker;
        this.idleAfter = idleAfter;
        this.answerWithin = answerWithin;
    }

    /** True from the moment the kiosk counts as idle until a touch or the time-out. */
    public ReadOnlyBooleanProperty stillThereProperty() {
        return stillThere.getReadOnlyProperty();
    }

    /** Whole seconds left to answer "still there?" (rounded up), while {@link #stillThereProperty()} is true. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Called once when the kiosk becomes idle (as "still there?" appears). */
    public void onIdle(Runnable handler) {
        this.onIdle = handler;
    }

    /** Called once when nobody answered; the timer is stopped then. */
    public void onTimeout(Runnable handler) {
        this.onTimeout = handler;
    }

    public Duration idleAfter() {
        return idleAfter;
    }

    public Duration answerWithin() {
        return answerWithin;
    }

    /** Starts (or restarts) counting from now. */
    public void start() {
        touched();
    }

    public boolean running() {
        return running;
    }

    /** A touch, a key, a scroll: the person is there (starts the timer if it was stopped). */
    public void touched() {
        lastTouch = ticker.now();
        running = true;
        stillThere.set(false);
        schedule();
    }

    public void stop() {
        running = false;
        if (next != null) {
            next.cancel();
            next = null;
        }
        stillThere.set(false);
    }

    private void schedule() {
        if (next != null) {
            next.cancel();
        }
        next = ticker.after(TICK, this::tick);
    }

    private void tick() {
        next = null;
        if (!running) {
            return;
        }
        Duration quiet = Duration.between(lastTouch, ticker.now());
        Duration left = idleAfter.plus(answerWithin).minus(quiet);
        if (left.isNegative() || left.isZero()) {
            running = false;
            stillThere.set(false);
            onTimeout.run();
            return;
        }
        if (quiet.compareTo(idleAfter) >= 0) {
            secondsLeft.set((int) ((left.toMillis() + 999) / 1000));
            if (!stillThere.get()) {
                stillThere.set(true);
                onIdle.run();
            }
        }
        if (running && next == null) { // the handler may have stopped or restarted it
            schedule();
        }
    }
}
