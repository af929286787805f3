package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.live.QueuePlace;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Keeps the kiosk's place in a line, or its turn, alive on the server and says where it stands. While
 * waiting: the live feed ({@link QueueWatch}) and a "still here" every beat, whose answer counts too (a lost
 * push costs at most one beat). During the turn: a beat that renews the turn always ({@link Renew#ALWAYS}, the
 * "it's your turn" moment) or only when the kiosk was touched since the previous beat ({@link
 * Renew#WHEN_TOUCHED}, buying: the server's idle timeout is about activity); otherwise it only looks, which is
 * how a lapsed turn is noticed. Everything it reports runs on the FX executor; nothing after {@link #stop()}.
 */
final class LineKeeper {
    enum Renew { ALWAYS, WHEN_TOUCHED }

    private final QueueApi api;
    private final QueueWatch.Factory watches;
    private final Threads threads;
    private final Ticker ticker;
    private final Duration every;
    private long generation;
    private QueueWatch watch;
    private Ticker.Cancel beat;
    private boolean touched;

    LineKeeper(QueueApi api, QueueWatch.Factory watches, Threads threads, Ticker ticker, Duration every) {
        this.api = api;
        this.watches = watches;
        this.threads = threads;
        this.ticker = ticker;
        this.every = every;
    }

    /** In line: {@code placed} gets every new place, {@code live} whether it is pushed or polled. */
    void waitIn(long eventId, Consumer<QueuePlace> placed, Consumer<Boolean> live) {
        stop();
        long mine = generation;
        watch = watches.watch(eventId, () -> threads.fx().execute(() -> {
            QueueWatch w = watch;
            if (mine != generation || w == null) {
                return;
            }
            live.accept(w.live());
            if (w.place() != null) {
                placed.accept(w.place());
            }
        }));
        schedule(eventId, Renew.ALWAYS, placed);
    }

    /** Admitted: keeps the turn as {@code renew} says; {@code placed} hears when it is no longer the kiosk's. */
    void keepTurn(long eventId, Renew renew, Consumer<QueuePlace> placed) {
        stop();
        schedule(eventId, renew, placed);
    }

    /** Someone touched the kiosk: the next beat while buying renews the turn. */
    void touched() {
        touched = true;
    }

    void stop() {
        generation++;
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (beat != null) {
            beat.cancel();
            beat = null;
        }
    }

    private void schedule(long eventId, Renew renew, Consumer<QueuePlace> placed) {
        long mine = generation;
        beat = ticker.after(every, () -> beat(mine, eventId, renew, placed));
    }

    private void beat(long mine, long eventId, Renew renew, Consumer<QueuePlace> placed) {
        beat = null;
        if (mine != generation) {
            return;
        }
        boolean renewing = renew == Renew.ALWAYS || touched;
        touched = false;
        threads.call(() -> renewing ? api.heartbeat(eventId) : api.status(eventId)).onSuccess(status -> {
            if (mine == generation) {
                QueueWatch w = watch;
                placed.accept(QueuePlace.of(status, w == null ? null : w.place()));
            }
        }).always(() -> {
            if (mine == generation && beat == null) { // unreachable: try again next beat, the place is not lost yet
                schedule(eventId, renew, placed);
            }
        }).start();
    }
}
