package dev.tiketi.desktop.kiosk.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.sales.SeatStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's purchase without a toolkit or a server ({@link Threads#direct()}: every step has happened when a
 * call returns): choosing within bounds, the 30 s warning and its one-tap extension, expiry, the card's answers
 * and their idempotency keys, tickets and the way back, and that walking away gives every hold back.
 */
class PurchaseViewModelTest {
    private final Hand clock = new Hand(Instant.parse("2027-01-01T09:00:00Z"));
    private final Messages en = new Messages(Locale.ENGLISH, ZoneId.of("Asia/Seoul"));
    private final List<String> ended = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final AtomicInteger keys = new AtomicInteger();
    private FakeBoxOffice office;
    private PurchaseViewModel vm;

    private PurchaseViewModel open(EventKind kind, Threads threads) {
        return open(new FakeBoxOffice(clock, kind), threads);
    }

    private PurchaseViewModel open(FakeBoxOffice box, Threads threads) {
        office = box;
        vm = new PurchaseViewModel(office, office, threads, clock, en, 7, order -> {
            printed.add(order.orderNo());
            return new TicketPrinter.Printed(false, order.orderNo() + ".pdf");
        }, () -> "key-" + keys.incrementAndGet());
        vm.onFinished(() -> ended.add("finished"));
        vm.onCancelled(() -> ended.add("cancelled"));
        office.snapshotsArrive(); // with queued server calls the feeds are not open yet: see openQueued
        return vm;
    }

    /** Server calls wait in the returned queue until the test lets them run ({@link #drain}); the event is open. */
    private Deque<Runnable> openQueued(EventKind kind) {
        Deque<Runnable> server = new ArrayDeque<>();
        open(kind, new Threads(server::add, Runnable::run));
        drain(server);
        office.snapshotsArrive();
        return server;
    }

    private PurchaseViewModel open(EventKind kind) {
        return open(kind, Threads.direct());
    }

    private void holdTwoVipSeats() {
        vm.selection().addAll(List.of(103L, 104L));
        vm.holdSelection();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
    }

    @Test
    void tappedSeatsAreSummedUpHeldAndShownAsLinesWithTheirTotal() {
        open(EventKind.RESERVED);
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.SEATS);
        assertThat(vm.canHoldSelection().get()).as("nothing chosen yet").isFalse();
        vm.selection().addAll(List.of(104L, 103L));
        assertThat(vm.selectionSummaryProperty().get()).isEqualTo("2 seats: FLR-A-3, FLR-A-4");
        assertThat(vm.selectionTotalProperty().get()).isEqualTo(300_000);

        vm.holdSelection();
        assertThat(office.calls).contains("hold seats [103, 104]");
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
        assertThat(vm.selection()).as("the choice became the hold").isEmpty();
        assertThat(vm.mine()).containsExactlyInAnyOrder(103L, 104L);
        assertThat(vm.lines()).containsExactly("FLR-A-3 · VIP석 · ₩150,000", "FLR-A-4 · VIP석 · ₩150,000");
        assertThat(vm.totalProperty().get()).isEqualTo(300_000);
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(300);
    }

    @Test
    void anEventThatCannotBeLoadedSaysWhyAndOnlyStartingOverIsLeft() {
        FakeBoxOffice box = new FakeBoxOffice(clock, EventKind.RESERVED);
        box.unreachable = true;
        open(box, Threads.direct());
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.LOADING);
        assertThat(vm.noticeProperty().get()).isEqualTo(en.text("problem.UNREACHABLE"));
        assertThat(vm.canHoldSelection().get() || vm.canHoldBest().get() || vm.canHoldGa().get()).isFalse();
        vm.cancel();
        assertThat(ended).containsExactly("cancelled");
    }

    @Test
    void moreSeatsThanOnePurchaseMayHoldAreRefusedWithAReason() {
        FakeBoxOffice box = new FakeBoxOffice(clock, EventKind.RESERVED);
        box.perCustomerLimit = 2;
        open(box, Threads.direct());
        vm.selection().addAll(List.of(101L, 102L));
        vm.selection().add(103L);
        assertThat(vm.selection()).containsExactlyInAnyOrder(101L, 102L);
        assertThat(vm.noticeProperty().get()).isEqualTo("At most 2 tickets in one purchase.");
        assertThat(vm.best().maxProperty().get()).isEqualTo(2);
    }

    @Test
    void theBestAvailableStepperStaysBetweenOneAndWhatIsLeftOfTheTier() {
        open(EventKind.RESERVED);
        Stepper best = vm.best();
        assertThat(vm.bestTierProperty().get().code()).isEqualTo("VIP");
        assertThat(best.value()).isEqualTo(2);
        assertThat(best.maxProperty().get()).as("6 VIP seats left, 8 per customer").isEqualTo(6);
        for (int i = 0; i < 10; i++) {
            best.increase();
        }
        assertThat(best.value()).isEqualTo(6);
        assertThat(best.canIncrease().get()).isFalse();
        for (int i = 0; i < 10; i++) {
            best.decrease();
        }
        assertThat(best.value()).isEqualTo(1);
        assertThat(best.canDecrease().get()).isFalse();

        best.increase();
        best.increase();
        best.increase();
        office.pushStock("VIP", 2); // others bought meanwhile: the choice shrinks with what is left
        assertThat(best.value()).isEqualTo(2);
        assertThat(best.maxProperty().get()).isEqualTo(2);
        office.pushStock("VIP", 0);
        assertThat(vm.canHoldBest().get()).as("none left in the tier").isFalse();
        office.pushStock("VIP", 4);
        vm.holdBest();
        assertThat(office.calls).contains("hold best 1 x1");
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
    }

    @Test
    void gaSteppersShareThePurchaseLimitAndHoldEveryTierAsOneBasket() {
        open(EventKind.GA);
        List<PurchaseViewModel.TierQuantity> ga = vm.ga();
        assertThat(ga).extracting(q -> q.tier().code()).containsExactly("EARLY", "GEN");
        assertThat(ga).allSatisfy(q -> assertThat(q.stepper().value()).isZero());
        assertThat(vm.canHoldGa().get()).isFalse();
        Stepper early = ga.get(0).stepper();
        Stepper general = ga.get(1).stepper();
        for (int i = 0; i < 5; i++) {
            early.increase();
        }
        for (int i = 0; i < 5; i++) {
            general.increase();
        }
        assertThat(early.value() + general.value()).as("8 per customer, over every tier").isEqualTo(8);
        assertThat(general.canIncrease().get()).isFalse();
        office.pushStock("GEN", 1);
        assertThat(general.value()).as("only one General left").isEqualTo(1);
        assertThat(vm.gaCountProperty().get()).isEqualTo(6);
        assertThat(vm.gaTotalProperty().get()).isEqualTo(5 * 40_000 + 55_000);

        vm.holdGa();
        assertThat(office.calls).containsSubsequence("hold stock 11 x5", "hold stock 12 x1");
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
        assertThat(vm.lines()).containsExactly("Early bird × 5 · ₩200,000", "General × 1 · ₩55,000");
        assertThat(ga).as("the steppers start again for the next choice").allSatisfy(q -> assertThat(q.stepper().value()).isZero());
    }

    @Test
    void theHoldWarnsThirtySecondsBeforeTheEndAndOneTapExtendsIt() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        clock.advance(Duration.ofSeconds(300 - 31));
        vm.tick();
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(31);
        assertThat(vm.warningShownProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        vm.tick();
        assertThat(vm.warningShownProperty().get()).as("30 s left").isTrue();
        assertThat(vm.canExtendProperty().get()).isTrue();

        vm.extend();
        assertThat(office.calls).filteredOn(c -> c.startsWith("extend ")).hasSize(1);
        assertThat(vm.secondsLeftProperty().get()).as("a fresh hold time from now").isEqualTo(300);
        assertThat(vm.warningShownProperty().get()).isFalse();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
    }

    @Test
    void atItsCapTheHoldCannotBeExtendedAndTheWarningSaysSo() {
        open(EventKind.RESERVED);
        office.cap = Duration.ofMinutes(5).plusSeconds(10);
        holdTwoVipSeats();
        clock.advance(Duration.ofSeconds(280));
        vm.tick();
        vm.extend(); // to the cap: 10 s more
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(30);
        assertThat(vm.warningShownProperty().get()).isTrue();
        assertThat(vm.canExtendProperty().get()).as("at the cap").isFalse();
        assertThat(vm.warningNoteProperty().get()).isEqualTo("This is the longest we can hold your seats. Please pay now.");
        vm.extend();
        assertThat(office.calls).as("nothing asked that would only be refused").filteredOn(c -> c.startsWith("extend ")).hasSize(1);
        vm.dismissWarning();
        assertThat(vm.warningShownProperty().get()).isFalse();
    }

    @Test
    void whenTheTimeRunsOutTheCustomerIsToldKindlyAndBackOnTheMap() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.dismissWarning();
        clock.advance(Duration.ofSeconds(300));
        vm.tick();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.SEATS);
        assertThat(vm.noticeProperty().get()).isEqualTo("Sorry, the time ran out and your seats were given back. Please choose again.");
        assertThat(vm.noticeWarningProperty().get()).isTrue();
        assertThat(vm.mine()).isEmpty();
        assertThat(vm.warningShownProperty().get()).isFalse();
        assertThat(ended).as("still this customer's purchase").isEmpty();
    }

    @Test
    void declinedThenApprovedIsOneOrderAndTheOtherCardIsANewAttempt() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.cardProperty().set(SimulatedCard.DECLINED);
        vm.pay();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.DECLINED);
        assertThat(vm.mine()).as("the seats stay held after a decline").containsExactlyInAnyOrder(103L, 104L);

        vm.tryAgain();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
        vm.cardProperty().set(SimulatedCard.APPROVED);
        vm.pay();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.TICKETS);
        // Payment's rule: the same holds paid the same way keep their key; another card is another attempt
        assertThat(office.keys).containsExactly("key-1", "key-2");
        assertThat(office.ordersByKey).hasSize(1);
        assertThat(office.charges).isEqualTo(1);
        assertThat(vm.orderProperty().get().tickets()).hasSize(2);
    }

    @Test
    void noAnswerThenTheSameCardAgainKeepsItsKey() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.cardProperty().set(SimulatedCard.NO_ANSWER);
        vm.pay();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.NO_ANSWER);
        vm.tryAgain();
        vm.pay();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.NO_ANSWER);
        assertThat(office.keys).containsExactly("key-1", "key-1");
        assertThat(office.charges).isZero();
    }

    @Test
    void aLostAnswerIsRetriedUnderTheSameKeyAndTheServerHandsBackTheOrderItMadeWithoutChargingAgain() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        office.loseNextAnswer = true;
        vm.pay();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.PAY_FAILED);
        assertThat(vm.failureProperty().get()).contains("you will never be charged twice");
        assertThat(office.charges).as("the card was charged; the kiosk did not hear it").isEqualTo(1);

        vm.tryAgain();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.TICKETS);
        assertThat(office.keys).containsExactly("key-1", "key-1");
        assertThat(office.charges).isEqualTo(1);
        assertThat(office.ordersByKey).hasSize(1);
    }

    @Test
    void paidTicketsArePrintedAndTheCountdownOrDoneReturnsToTheStart() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.pay();
        assertThat(printed).containsExactly("K1");
        assertThat(vm.printStateProperty().get()).isEqualTo("No printer is connected here: your tickets and receipt were saved as K1.pdf. "
                + "The QR codes below get you in.");
        assertThat(vm.mine()).isEmpty();
        assertThat(vm.doneSecondsLeftProperty().get()).isEqualTo(PurchaseViewModel.DONE_SECONDS);
        for (int i = 1; i < PurchaseViewModel.DONE_SECONDS; i++) {
            vm.tick();
        }
        assertThat(vm.doneSecondsLeftProperty().get()).isEqualTo(1);
        assertThat(ended).isEmpty();
        vm.tick();
        assertThat(ended).containsExactly("finished");
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.ENDED);
        vm.done();
        vm.tick();
        assertThat(ended).as("told once").containsExactly("finished");
    }

    @Test
    void doneFinishesAtOnce() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.pay();
        vm.done();
        assertThat(ended).containsExactly("finished");
    }

    @Test
    void aSeatTakenByAnotherBuyerMeanwhileIsExplainedAndTheNearestLikeItChosen() {
        open(EventKind.RESERVED);
        vm.selection().addAll(List.of(103L, 104L));
        office.push(104, SeatStatus.HELD);
        assertThat(vm.selection()).containsExactlyInAnyOrder(103L, 105L);
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Seat FLR-A-4 was just taken by someone else. We chose FLR-A-5 for you instead: the nearest free seat like it.");
        assertThat(vm.noticeWarningProperty().get()).isTrue();
    }

    @Test
    void aSeatTakenWhileTheHoldIsOnItsWayIsRefusedAndTheNearestLikeThemOffered() {
        Deque<Runnable> server = openQueued(EventKind.RESERVED);
        vm.selection().addAll(List.of(105L, 106L));
        vm.holdSelection();
        office.push(106, SeatStatus.HELD); // another buyer's, pushed before the server answers this hold
        assertThat(vm.selection()).as("the hold's answer decides").containsExactlyInAnyOrder(105L, 106L);
        drain(server);
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.SEATS);
        assertThat(vm.selection()).containsExactlyInAnyOrder(104L, 105L);
        assertThat(vm.noticeProperty().get()).isEqualTo("A seat was just taken by someone else. We chose the 2 nearest free seats like yours "
                + "instead: tap Continue to hold them.");
        assertThat(office.holds).isEmpty();
    }

    @Test
    void theKioskOwnHoldArrivingLiveBeforeItsAnswerIsNotMistakenForSomeoneElses() {
        open(EventKind.RESERVED);
        vm.selection().addAll(List.of(103L, 104L));
        vm.holdSelection(); // the fake server pushes HELD for both before it answers, as the real one does
        assertThat(office.calls).contains("hold seats [103, 104]");
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.CARD);
        assertThat(vm.mine()).containsExactlyInAnyOrder(103L, 104L);
    }

    @Test
    void cancellingGivesTheHoldsBackAndTellsTheMode() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        String hold = office.holds.keySet().iterator().next();
        vm.cancel();
        assertThat(office.releasedHolds()).containsExactly(hold);
        assertThat(ended).containsExactly("cancelled");
    }

    @Test
    void changingSeatsGivesTheHoldBackAndReturnsToTheMap() {
        open(EventKind.RESERVED);
        holdTwoVipSeats();
        vm.changeSeats();
        assertThat(office.holds).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.SEATS);
        assertThat(ended).isEmpty();
    }

    @Test
    void abandoningReleasesEveryHoldOnTheServerAndIsSafeTwice() {
        open(EventKind.GA);
        vm.ga().get(0).stepper().increase();
        vm.ga().get(1).stepper().increase();
        vm.holdGa();
        assertThat(office.holds).hasSize(2);
        vm.abandon();
        assertThat(office.holds).isEmpty();
        int calls = office.calls.size();
        vm.abandon();
        vm.tick();
        assertThat(office.calls).as("nothing more to give back").hasSize(calls);
        assertThat(vm.stepProperty().get()).isEqualTo(PurchaseStep.ENDED);
        assertThat(ended).as("the mode asked for it: no callback").isEmpty();
    }

    @Test
    void aHoldStillOnItsWayWhenTheCustomerWalksAwayIsGivenBackWhenItArrives() {
        Deque<Runnable> server = openQueued(EventKind.RESERVED);
        vm.selection().add(103L);
        vm.holdSelection();
        vm.abandon();
        drain(server);
        assertThat(office.calls).containsSubsequence("hold seats [103]", "release 7-h1");
        assertThat(office.holds).isEmpty();
    }

    @Test
    void aPaymentOnItsWayWhenTheCustomerWalksAwayReleasesTheHoldsIfItFails() {
        Deque<Runnable> server = openQueued(EventKind.RESERVED);
        vm.selection().add(103L);
        vm.holdSelection();
        drain(server);
        vm.cardProperty().set(SimulatedCard.DECLINED);
        vm.pay();
        vm.abandon(); // the server has the holds claimed for the payment: its answer decides
        assertThat(office.releasedHolds()).isEmpty();
        drain(server);
        assertThat(office.releasedHolds()).containsExactly("7-h1");
        assertThat(office.holds).isEmpty();
    }

    private static void drain(Deque<Runnable> work) {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        private Instant now;

        Hand(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
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
