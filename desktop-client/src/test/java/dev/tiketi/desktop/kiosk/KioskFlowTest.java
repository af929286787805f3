package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.kiosk.KioskFlow.Step;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.queue.QueueStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's visit from attract and back, without the toolkit: {@code Threads.direct()}, a hand-moved clock,
 * a fake waiting room and a fake purchase.
 */
class KioskFlowTest {
    private static final KioskEvent GALA = new KioskEvent(7, "신년 음악회", Instant.parse("2027-01-01T10:00:00Z"), "Grand Hall");
    private static final Instant LAPSES = Instant.parse("2027-01-01T10:05:00Z");

    private final ManualTicker ticker = new ManualTicker();
    private final FakeQueue queue = new FakeQueue();
    private final JoinedPlaces memory = JoinedPlaces.inMemory();
    private final List<FakePurchase> purchases = new ArrayList<>();
    private KioskFlow flow;

    static final class FakePurchase implements KioskFlow.Purchase {
        final long eventId;
        Runnable finished;
        Runnable cancelled;
        int abandoned;
        boolean closed;
        boolean bought;

        FakePurchase(long eventId) {
            this.eventId = eventId;
        }

        @Override
        public void onFinished(Runnable handler) {
            finished = handler;
        }

        @Override
        public void onCancelled(Runnable handler) {
            cancelled = handler;
        }

        @Override
        public void abandon() {
            abandoned++;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean bought() {
            return bought;
        }
    }

    @BeforeEach
    void kiosk() {
        flow = newFlow();
        flow.start();
    }

    private KioskFlow newFlow() {
        return new KioskFlow(queue, queue, id -> {
            FakePurchase p = new FakePurchase(id);
            purchases.add(p);
            return p;
        }, Threads.direct(), ticker, KioskFlow.Timing.standard(Duration.ofSeconds(60)), memory, Locale.ENGLISH);
    }

    private static QueueStatus queued(long sequence, long ahead) {
        return QueueStatus.queued(7, sequence, ahead, 40, sequence - ahead, 90L);
    }

    private void waitInLine() {
        queue.answer = queued(140, 29);
        flow.choose(GALA);
    }

    @Test
    void withoutAWaitingRoomTheCustomerGoesStraightToThePurchase() {
        queue.answer = QueueStatus.open(7);

        flow.choose(GALA);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
        assertThat(purchases).singleElement().extracting(p -> p.eventId).isEqualTo(7L);
        assertThat(queue.admissions).isEmpty();
        assertThat(queue.watchesOpened).isZero();
    }

    @Test
    void letInAtOnceThereIsNoWaitingRoomAndNoMoment() {
        queue.answer = QueueStatus.admitted(7, "adm-1", LAPSES);

        flow.choose(GALA);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
        assertThat(queue.admissions).containsEntry(7L, "adm-1");
    }

    @Test
    void inLineThePlaceIsShownAndFollowsTheFeed() {
        waitInLine();

        assertThat(flow.stepProperty().get()).isEqualTo(Step.WAITING);
        assertThat(flow.line().positionProperty().get()).isEqualTo(30);
        assertThat(memory.last()).contains(new JoinedPlaces.Joined(7, 140, 30));

        queue.watch.push(queued(140, 9));

        assertThat(flow.line().positionProperty().get()).isEqualTo(10);
        assertThat(flow.line().progressProperty().get()).isEqualTo(20.0 / 30);
    }

    @Test
    void whileWaitingTheKioskBeatsEveryFiveSeconds() {
        waitInLine();
        queue.calls.clear();

        ticker.advanceSeconds(16);

        assertThat(queue.calls).containsExactly("heartbeat 7", "heartbeat 7", "heartbeat 7");
    }

    @Test
    void admittedAfterWaitingItSaysSoThenOpensThePurchaseByItself() {
        waitInLine();

        queue.watch.push(QueueStatus.admitted(7, "adm-2", LAPSES));

        assertThat(flow.stepProperty().get()).isEqualTo(Step.TURN);
        assertThat(queue.admissions).as("holds and orders carry it from now on").containsEntry(7L, "adm-2");
        assertThat(queue.watch.closed).isTrue();
        assertThat(purchases).isEmpty();

        ticker.advanceSeconds(3);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
        assertThat(purchases).hasSize(1);
    }

    @Test
    void aLostPushIsMadeUpByTheNextBeat() {
        waitInLine();
        queue.answer = QueueStatus.admitted(7, "adm-3", LAPSES);

        ticker.advanceSeconds(5);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.TURN);
        assertThat(queue.admissions).containsEntry(7L, "adm-3");
    }

    @Test
    void whileTheLinkIsDownTheScreenSaysSo() {
        waitInLine();

        queue.watch.linkDown();

        assertThat(flow.line().liveProperty().get()).isFalse();
        assertThat(flow.stepProperty().get()).as("the place is kept meanwhile").isEqualTo(Step.WAITING);
    }

    @Test
    void theLineSwitchedOffWhileWaitingLetsTheCustomerIn() {
        waitInLine();

        queue.watch.push(QueueStatus.open(7));

        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
    }

    @Test
    void nobodyTouchingAsksThenGivesTheHoldsAndThePlaceBack() {
        queue.answer = QueueStatus.admitted(7, "adm-4", LAPSES);
        flow.choose(GALA);
        FakePurchase p = purchases.get(0);

        ticker.advanceSeconds(60);
        assertThat(flow.stillThereProperty().get()).isTrue();
        assertThat(flow.idleTimer().secondsLeftProperty().get()).isEqualTo(20);

        ticker.advanceSeconds(20);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(flow.stillThereProperty().get()).isFalse();
        assertThat(p.abandoned).as("holds released").isEqualTo(1);
        assertThat(p.closed).isTrue();
        assertThat(queue.calls).as("the turn given up on the server").contains("leave 7");
        assertThat(queue.admissions).isEmpty();
        assertThat(memory.last()).isEmpty();
    }

    @Test
    void aTouchAnswersStillThere() {
        waitInLine();
        ticker.advanceSeconds(65);
        assertThat(flow.stillThereProperty().get()).isTrue();

        flow.touched();

        assertThat(flow.stillThereProperty().get()).isFalse();
        ticker.advanceSeconds(30);
        assertThat(flow.stepProperty().get()).isEqualTo(Step.WAITING);
        assertThat(queue.calls).doesNotContain("leave 7");
    }

    @Test
    void idleInTheLineLeavesTheLineOnTheServer() {
        waitInLine();

        ticker.advanceSeconds(80);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(queue.calls).contains("leave 7");
        assertThat(queue.watch.closed).isTrue();
    }

    @Test
    void theAttractScreenNeverAsksButForgetsTheLastCustomersChoices() {
        flow.languageProperty().set(Locale.KOREAN);
        flow.largeTextProperty().set(true);

        ticker.advanceSeconds(61);

        assertThat(flow.stillThereProperty().get()).isFalse();
        assertThat(flow.languageProperty().get()).isEqualTo(Locale.ENGLISH);
        assertThat(flow.largeTextProperty().get()).isFalse();
        assertThat(queue.calls).isEmpty();
    }

    @Test
    void aTurnThatLapsedWhileBuyingIsSaidAndTheLineOffered() {
        queue.answer = QueueStatus.admitted(7, "adm-5", LAPSES);
        flow.choose(GALA);
        FakePurchase p = purchases.get(0);
        queue.answer = QueueStatus.notQueued(7);
        queue.calls.clear();

        ticker.advanceSeconds(5);

        assertThat(queue.calls).as("no touch since: it only looks, renewing nothing").containsExactly("status 7");
        assertThat(flow.stepProperty().get()).isEqualTo(Step.LAPSED);
        assertThat(p.abandoned).isEqualTo(1);
        assertThat(queue.admissions).isEmpty();

        queue.answer = queued(500, 3);
        flow.queueAgain();

        assertThat(flow.stepProperty().get()).isEqualTo(Step.WAITING);
        assertThat(flow.line().positionProperty().get()).isEqualTo(4);
    }

    /** The server lets go of the buyer's slot as the order is made: that is the purchase succeeding, not a lapse. */
    @Test
    void aBuyerWhoHasPaidKeepsTheTicketsOnScreenWhenTheServerLetsGoOfTheSlot() {
        queue.answer = QueueStatus.admitted(7, "adm-5", LAPSES);
        flow.choose(GALA);
        FakePurchase p = purchases.get(0);
        p.bought = true;
        queue.answer = QueueStatus.notQueued(7);

        ticker.advanceSeconds(5);
        ticker.advanceSeconds(5);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
        assertThat(p.abandoned).as("the holds became an order: nothing to give back").isZero();
        assertThat(p.closed).isFalse();

        p.finished.run();

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
    }

    @Test
    void whileBuyingATouchedKioskRenewsItsTurn() {
        queue.answer = QueueStatus.admitted(7, "adm-6", LAPSES);
        flow.choose(GALA);
        queue.calls.clear();

        flow.touched();
        ticker.advanceSeconds(5);
        ticker.advanceSeconds(5);

        assertThat(queue.calls).containsExactly("heartbeat 7", "status 7");
        assertThat(flow.stepProperty().get()).isEqualTo(Step.PURCHASE);
    }

    @Test
    void aRefusedHoldMakesTheKioskAskAtOnce() {
        queue.answer = QueueStatus.admitted(7, "adm-7", LAPSES);
        flow.choose(GALA);
        queue.answer = QueueStatus.notQueued(7);

        flow.admissionRefused(7);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.LAPSED);
    }

    @Test
    void finishingOrBackingOutReturnsToAttractAndGivesTheTurnBack() {
        queue.answer = QueueStatus.admitted(7, "adm-8", LAPSES);
        flow.choose(GALA);
        flow.languageProperty().set(Locale.KOREAN);

        purchases.get(0).finished.run();

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(flow.languageProperty().get()).as("the next customer starts in the kiosk's language").isEqualTo(Locale.ENGLISH);
        assertThat(queue.calls).contains("leave 7");

        flow.choose(GALA);
        purchases.get(1).cancelled.run();
        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(queue.calls.stream().filter("leave 7"::equals)).hasSize(2);
    }

    @Test
    void theCustomerMayLeaveTheLine() {
        waitInLine();

        flow.leave();

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(queue.calls).contains("leave 7");
        assertThat(memory.last()).isEmpty();
    }

    @Test
    void anUnreachableServerKeepsTheAttractScreenAndSaysWhy() {
        queue.failure = FakeQueue.unreachable();

        flow.choose(GALA);

        assertThat(flow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(flow.problemProperty().get()).isSameAs(queue.failure);
    }

    @Test
    void aRestartedKioskGoesBackToItsPlace() {
        waitInLine();
        queue.watch.push(queued(140, 14));
        flow.close(); // the process ends: the place stays on the server
        assertThat(queue.calls).doesNotContain("leave 7");

        queue.calls.clear();
        queue.answer = queued(140, 12);
        KioskFlow restarted = newFlow();
        restarted.start();

        assertThat(queue.calls).containsExactly("event 7", "status 7");
        assertThat(restarted.stepProperty().get()).isEqualTo(Step.WAITING);
        assertThat(restarted.eventProperty().get().name()).isEqualTo("신년 음악회");
        assertThat(restarted.line().positionProperty().get()).isEqualTo(13);
        assertThat(restarted.line().joinedAtProperty().get()).as("the bar still counts from joining").isEqualTo(30);
    }

    @Test
    void aRestartedKioskWhosePlaceLapsedStartsAtTheAttractScreen() {
        waitInLine();
        flow.close();
        queue.answer = QueueStatus.notQueued(7);

        KioskFlow restarted = newFlow();
        restarted.start();

        assertThat(restarted.stepProperty().get()).isEqualTo(Step.ATTRACT);
        assertThat(memory.last()).isEmpty();
    }

    @Test
    void anAnswerForACustomerWhoAlreadyLeftGivesThePlaceBack() {
        List<Runnable> later = new ArrayList<>();
        KioskFlow slow = new KioskFlow(queue, queue, FakePurchase::new, new Threads(later::add, Runnable::run), ticker,
                KioskFlow.Timing.standard(Duration.ofSeconds(60)), memory, Locale.ENGLISH);
        slow.choose(GALA);
        slow.leave(); // gone before the check answered
        queue.answer = queued(140, 29);
        later.remove(0).run(); // the check

        assertThat(slow.stepProperty().get()).isEqualTo(Step.ATTRACT);
        later.forEach(Runnable::run);
        // one leave as the customer went, one more when the late answer showed a place: whichever reaches the
        // server last wins, and either way nobody holds a place for a customer who is gone
        assertThat(queue.calls).containsExactly("check 7", "leave 7", "leave 7");
    }

    @Test
    void theOperatorShuttingDownGivesThePlaceBack() {
        waitInLine();

        flow.shutDown();

        assertThat(queue.calls).contains("leave 7");
        assertThat(memory.last()).isEmpty();
        ticker.advanceSeconds(100);
        assertThat(ticker.pending()).isZero();
    }
}
