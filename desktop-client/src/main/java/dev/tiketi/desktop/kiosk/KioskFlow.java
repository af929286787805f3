package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.live.QueuePlace;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One customer's visit to the kiosk, from the attract screen and back: choose an event, wait in its line
 * when its waiting room is on, a short "it's your turn" moment, the purchase, and back to the start. The
 * kiosk also cleans up after a customer who walks away (the idle timer: holds released, the place in line
 * given up <em>on the server</em>) and after one whose turn lapsed (told kindly, offered the line again).
 *
 * <p>Toolkit-free: JavaFX properties, work through {@link Threads}, time through {@link Ticker}, so a unit
 * test drives every step with {@code Threads.direct()} and a hand-moved clock. Each visit has a number; an
 * answer that arrives for an earlier visit is dropped (and a place it took is given back).
 */
public final class KioskFlow implements AutoCloseable {
    public enum Step {
        /** Event tiles, language, large text; nobody is being served. */
        ATTRACT,
        /** Checking in with the chosen event's waiting room. */
        JOINING,
        /** In line: place, ahead, wait, progress. */
        WAITING,
        /** Admitted after waiting: a moment to notice, then the purchase by itself. */
        TURN,
        /** Seats, payment, tickets: the purchase part. */
        PURCHASE,
        /** The place or the turn was lost (away too long, the line was cleared): said kindly, the line offered again. */
        LAPSED
    }

    /** The purchase part as the flow drives it (the kiosk mode adds its screen). */
    public interface Purchase {
        /** The customer is done (tickets taken, or the countdown after them ran out). */
        void onFinished(Runnable handler);

        /** The customer backed out. */
        void onCancelled(Runnable handler);

        /** Walked away: give back every hold and stop whatever is under way; safe at any time, more than once. */
        void abandon();

        /**
         * Paying or paid: the server hands a buyer's slot to the next in line as the order is made, so the line
         * no longer knowing this kiosk is then the purchase's success, not a lapsed turn.
         */
        default boolean bought() {
            return false;
        }

        void close();
    }

    /**
     * How long things take: no touch for {@code idleAfter} asks "still there?", unanswered for {@code answerWithin}
     * it starts over; the "it's your turn" moment; how often the kiosk tells the line it is still there.
     */
    public record Timing(Duration idleAfter, Duration answerWithin, Duration turnMoment, Duration heartbeat) {
        public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);

        /** The numbers: 60 s (or the kiosk's setting), 20 s to answer, 3 s to notice, a beat every 5 s. */
        public static Timing standard(Duration idleAfter) {
            return new Timing(idleAfter, Duration.ofSeconds(20), Duration.ofSeconds(3), Duration.ofSeconds(5));
        }
    }

    private final QueueApi api;
    private final LineKeeper keeper;
    private final LongFunction<? extends Purchase> purchases;
    private final Threads threads;
    private final Ticker ticker;
    private final Timing timing;
    private final JoinedPlaces memory;
    private final Locale defaultLanguage;
    private final IdleTimer idle;
    private final WaitingLine line;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.ATTRACT);
    private final ReadOnlyObjectWrapper<KioskEvent> event = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Purchase> purchase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stillThere = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final BooleanProperty largeText = new SimpleBooleanProperty();
    private long visit;
    private Ticker.Cancel turn;
    /** This visit holds an admission (so the purchase keeps telling the line it is there). */
    private boolean admitted;
    private boolean closed;

    public KioskFlow(QueueApi api, QueueWatch.Factory watches, LongFunction<? extends Purchase> purchases, Threads threads,
                     Ticker ticker, Timing timing, JoinedPlaces memory, Locale defaultLanguage) {
        this.api = api;
        this.keeper = new LineKeeper(api, watches, threads, ticker, timing.heartbeat());
        this.purchases = purchases;
        this.threads = threads;
        this.ticker = ticker;
        this.timing = timing;
        this.memory = memory;
        this.defaultLanguage = defaultLanguage;
        this.language.set(defaultLanguage);
        this.line = new WaitingLine(memory);
        this.idle = new IdleTimer(ticker, timing.idleAfter(), timing.answerWithin());
        idle.onIdle(this::idle);
        idle.onTimeout(() -> endVisit(true));
        idle.stillThereProperty().addListener((o, a, b) -> stillThere.set(b && step.get() != Step.ATTRACT));
        step.addListener((o, a, b) -> stillThere.set(idle.stillThereProperty().get() && b != Step.ATTRACT));
    }

    /**
     * Starts the kiosk: back to the line it stood in before a restart if the server still keeps that place
     * (or the turn it had reached), else the attract screen.
     */
    public void start() {
        idle.start();
        memory.last().ifPresent(joined -> {
            long mine = ++visit;
            step.set(Step.JOINING);
            threads.call(() -> new Resumed(api.event(joined.eventId()), api.status(joined.eventId()))).onSuccess(r -> {
                if (mine != visit) {
                    return;
                }
                boolean samePlace = r.status().state() == QueueState.QUEUED && r.status().sequence() == joined.sequence();
                if (samePlace || r.status().state() == QueueState.ADMITTED) {
                    event.set(r.event());
                    placed(QueuePlace.of(r.status()), true);
                } else {
                    memory.forget();
                    step.set(Step.ATTRACT);
                }
            }).onFailure(e -> {
                if (mine == visit) {
                    // the place lapses on the server by itself if nobody comes back for it
                    memory.forget();
                    step.set(Step.ATTRACT);
                }
            }).start();
        });
    }

    private record Resumed(KioskEvent event, QueueStatus status) {
    }

    /** The customer chose an event on the attract screen. */
    public void choose(KioskEvent chosen) {
        if (step.get() != Step.ATTRACT || closed) {
            return;
        }
        long mine = ++visit;
        problem.set(null);
        event.set(chosen);
        step.set(Step.JOINING);
        threads.call(() -> api.check(chosen.id())).onSuccess(status -> {
            if (mine == visit) {
                placed(QueuePlace.of(status), false);
            } else if (status.state() == QueueState.QUEUED || status.state() == QueueState.ADMITTED) {
                giveBack(chosen.id()); // the customer left before the answer came: do not keep a place nobody uses
            }
        }).onFailure(e -> {
            if (mine == visit) {
                problem.set(e);
                toAttract();
            }
        }).start();
    }

    /** Where the kiosk stands now, from a check, the feed, a heart-beat or a restart. */
    private void placed(QueuePlace place, boolean resumed) {
        long id = event.get().id();
        switch (place.state()) {
            case OPEN -> { // no waiting room (or it was switched off while waiting): straight in
                if (step.get() == Step.JOINING || step.get() == Step.WAITING) {
                    stopWaiting();
                    api.admission(id, null);
                    openPurchase();
                }
            }
            case ADMITTED -> {
                api.admission(id, place.admissionToken());
                admitted = true;
                if (step.get() == Step.WAITING || (step.get() == Step.JOINING && resumed)) {
                    stopWaiting();
                    step.set(Step.TURN);
                    // the turn is kept (and a lapse noticed) during the moment too
                    keeper.keepTurn(id, LineKeeper.Renew.ALWAYS, p -> placed(p, false));
                    long mine = visit;
                    turn = ticker.after(timing.turnMoment(), () -> {
                        if (mine == visit && step.get() == Step.TURN) {
                            openPurchase();
                        }
                    });
                } else if (step.get() == Step.JOINING) {
                    openPurchase(); // let in at once: nobody was waiting, no moment needed
                }
            }
            case QUEUED -> {
                if (step.get() == Step.JOINING) {
                    step.set(Step.WAITING);
                    line.update(place);
                    keeper.waitIn(id, p -> placed(p, false), line::live);
                } else if (step.get() == Step.WAITING) {
                    line.update(place);
                }
            }
            case NOT_QUEUED -> {
                Purchase buying = purchase.get();
                if (step.get() == Step.PURCHASE && buying != null && buying.bought()) {
                    return; // the tickets stay on screen until done; the slot went to the next in line
                }
                if (step.get() == Step.WAITING || step.get() == Step.TURN || step.get() == Step.PURCHASE) {
                    lapse();
                } else if (step.get() == Step.JOINING) {
                    toAttract();
                }
            }
        }
    }

    private void openPurchase() {
        turn = null;
        long mine = visit;
        Purchase p = purchases.apply(event.get().id());
        p.onFinished(() -> {
            if (mine == visit) {
                endVisit(true);
            }
        });
        p.onCancelled(() -> {
            if (mine == visit) {
                endVisit(true);
            }
        });
        purchase.set(p);
        step.set(Step.PURCHASE);
        if (admitted) {
            keeper.keepTurn(event.get().id(), LineKeeper.Renew.WHEN_TOUCHED, place -> placed(place, false));
        }
    }

    /**
     * A hold or an order was refused for want of an admission: ask the line at once rather than at the
     * next beat (the purchase shows its own refusal meanwhile).
     */
    public void admissionRefused(long eventId) {
        KioskEvent e = event.get();
        if (e != null && e.id() == eventId && step.get() == Step.PURCHASE) {
            long mine = visit;
            threads.call(() -> api.status(eventId)).onSuccess(status -> {
                if (mine == visit) {
                    placed(QueuePlace.of(status), false);
                }
            }).start();
        }
    }

    private void lapse() {
        stopWaiting();
        closePurchase();
        api.admission(event.get().id(), null);
        admitted = false;
        memory.forget();
        line.clear();
        step.set(Step.LAPSED);
    }

    /** From the lapsed screen: join the same event's line again (at the back, as anyone would). */
    public void queueAgain() {
        KioskEvent e = event.get();
        if (step.get() == Step.LAPSED && e != null) {
            step.set(Step.ATTRACT);
            choose(e);
        }
    }

    /** The customer leaves the line (or the lapsed screen, or the "your turn" moment): back to the start. */
    public void leave() {
        if (step.get() != Step.ATTRACT) {
            endVisit(true);
        }
    }

    /** A touch, key or scroll anywhere on the kiosk. */
    public void touched() {
        keeper.touched();
        idle.touched();
    }

    private void idle() {
        if (step.get() == Step.ATTRACT) {
            // nobody to ask: the next customer finds the kiosk as the operator set it
            resetChoices();
            idle.touched();
        }
    }

    /**
     * Ends the visit: the purchase abandoned (its holds released), the place or turn given back on the
     * server when {@code giveBack}, everything the customer chose forgotten, the attract screen.
     */
    private void endVisit(boolean giveBack) {
        KioskEvent e = event.get();
        visit++;
        stopWaiting();
        closePurchase();
        if (e != null) {
            api.admission(e.id(), null);
            if (giveBack) {
                giveBack(e.id());
            }
        }
        admitted = false;
        memory.forget();
        toAttract();
        resetChoices();
    }

    private void giveBack(long eventId) {
        threads.call(() -> {
            api.leave(eventId);
            return null;
        }).start(); // unreachable: the place lapses by itself once the kiosk stops beating
    }

    private void toAttract() {
        line.clear();
        event.set(null);
        step.set(Step.ATTRACT);
        if (!closed) {
            idle.touched();
        }
    }

    private void resetChoices() {
        problem.set(null);
        language.set(defaultLanguage);
        largeText.set(false);
    }

    private void stopWaiting() {
        keeper.stop();
        if (turn != null) {
            turn.cancel();
            turn = null;
        }
    }

    private void closePurchase() {
        Purchase p = purchase.get();
        if (p != null) {
            purchase.set(null);
            p.abandon();
            p.close();
        }
    }

    /**
     * The operator takes the kiosk out of service: the visit ends as after a walk-away (holds released, the
     * place given up on the server), then everything stops.
     */
    public void shutDown() {
        if (step.get() != Step.ATTRACT) {
            endVisit(true);
        }
        close();
    }

    /**
     * Stops everything this kiosk runs. Holds are released; a place in line is kept on the server, so a kiosk
     * restarted under the same terminal name goes back to it ({@link #start()}); unclaimed, it lapses there.
     */
    @Override
    public void close() {
        closed = true;
        visit++;
        stopWaiting();
        closePurchase();
        idle.stop();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The event being bought for or waited for; null on the attract screen. */
    public ReadOnlyObjectProperty<KioskEvent> eventProperty() {
        return event.getReadOnlyProperty();
    }

    /** Why the last choice did not go through (shown on the attract screen); null when nothing went wrong. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The purchase under way, while {@link Step#PURCHASE}. */
    public ReadOnlyObjectProperty<Purchase> purchaseProperty() {
        return purchase.getReadOnlyProperty();
    }

    /** "Are you still there?" is on screen (never on the attract screen, where there is nobody to ask). */
    public ReadOnlyBooleanProperty stillThereProperty() {
        return stillThere.getReadOnlyProperty();
    }

    public IdleTimer idleTimer() {
        return idle;
    }

    public WaitingLine line() {
        return line;
    }

    /** The customer's language; back to the kiosk's own after each visit. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Larger text for this customer; off again after each visit. */
    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public Timing timing() {
        return timing;
    }
}
