package dev.tiketi.desktop.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The basket without a toolkit: holds, their countdown, extend, release, and what a failure leaves behind. */
class BasketTest {
    private FakeSaleApi api;
    private MutableClock clock;
    private Basket basket;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new FakeSaleApi();
        clock = new MutableClock(api.now);
        basket = new Basket(api, Threads.direct(), clock, 60);
    }

    @Test
    void aNewHoldReplacesTheBasketOnlyOnceItIsSafe() {
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        assertThat(basket.holds()).extracting(HoldView::holdId).containsExactly("h1");
        api.failNextWith(ErrorCode.SOLD_OUT);
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        assertThat(basket.holds()).as("a refused new hold leaves the old one in the basket").extracting(HoldView::holdId).containsExactly("h1");
        assertThat(api.live).containsExactly("h1");
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        assertThat(basket.holds()).extracting(HoldView::holdId).containsExactly("h2");
        assertThat(api.live).as("the replaced hold was given back").containsExactly("h2");
        assertThat(failures).hasSize(1);
    }

    @Test
    void severalRequestsBecomeTheBasketAllOrNone() {
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        List<List<HoldView>> held = new ArrayList<>();
        basket.replaceWithAll(1, List.of(HoldRequest.stock(1, 2), HoldRequest.stock(2, 1)), held::add, failures::add);
        assertThat(held).singleElement().satisfies(hs -> assertThat(hs).extracting(HoldView::holdId).containsExactly("h2", "h3"));
        assertThat(basket.holds()).extracting(HoldView::holdId).containsExactly("h2", "h3");
        assertThat(api.live).as("the basket it replaced was given back").containsExactlyInAnyOrder("h2", "h3");

        // the second tier is refused: the first, just taken, goes back and the basket keeps what it had
        api.failHoldNumber(2, ErrorCode.SOLD_OUT);
        basket.replaceWithAll(1, List.of(HoldRequest.stock(1, 2), HoldRequest.stock(2, 1)), held::add, failures::add);
        assertThat(failures).singleElement().satisfies(e -> assertThat(((dev.tiketi.desktop.api.ApiException) e).is(ErrorCode.SOLD_OUT)).isTrue());
        assertThat(basket.holds()).extracting(HoldView::holdId).containsExactly("h2", "h3");
        assertThat(api.live).containsExactlyInAnyOrder("h2", "h3");
        assertThat(basket.busyProperty().get()).isFalse();
    }

    @Test
    void addingKeepsWhatIsHeldAndTotalsEveryHold() {
        basket.add(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        basket.add(1, HoldRequest.stock(2, 1), h -> { }, failures::add);
        assertThat(basket.holds()).hasSize(2);
        assertThat(basket.totalProperty().get()).isEqualTo(300_000);
        assertThat(basket.emptyProperty().get()).isFalse();
    }

    @Test
    void theCountdownWarnsInTheLastMinuteAndEmptiesTheBasketAtZero() {
        List<String> expired = new ArrayList<>();
        basket.onExpired(() -> expired.add("expired"));
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        assertThat(basket.secondsLeftProperty().get()).isEqualTo(300);
        assertThat(basket.warningProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(241));
        basket.tick();
        assertThat(basket.secondsLeftProperty().get()).isEqualTo(59);
        assertThat(basket.warningProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(59));
        basket.tick();
        assertThat(basket.holds()).isEmpty();
        assertThat(expired).containsExactly("expired");
        assertThat(basket.secondsLeftProperty().get()).isZero();
    }

    @Test
    void extendingMovesTheDeadlineOfTheHoldsStillInTheBasket() {
        basket.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        List<String> extended = new ArrayList<>();
        basket.extend(() -> extended.add("ok"), failures::add);
        assertThat(extended).containsExactly("ok");
        assertThat(basket.secondsLeftProperty().get()).isEqualTo(600);
    }

    @Test
    void releaseGivesEverythingBackAndAGoneHoldIsForgotten() {
        basket.add(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        basket.add(1, HoldRequest.stock(2, 1), h -> { }, failures::add);
        List<String> released = new ArrayList<>();
        basket.release(() -> released.add("ok"), failures::add);
        assertThat(basket.holds()).isEmpty();
        assertThat(api.live).isEmpty();
        assertThat(released).containsExactly("ok");

        basket.add(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        api.failNextWith(ErrorCode.HOLD_EXPIRED);
        basket.extend(() -> { }, e -> {
            failures.add(e);
            basket.forgetIfGone(e);
        });
        assertThat(basket.holds()).as("the server no longer holds it: the basket must not show it").isEmpty();
        basket.add(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        basket.forgetIfGone(new dev.tiketi.desktop.api.ApiException(402, "PAYMENT_DECLINED", "declined"));
        assertThat(basket.holds()).as("a declined card keeps the hold").hasSize(1);
    }

    @Test
    void nothingIsSentTwiceWhileBusy() {
        Threads held = new Threads(r -> { }, Runnable::run); // the first call never comes back
        Basket slow = new Basket(api, held, clock, 60);
        slow.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        assertThat(slow.busyProperty().get()).isTrue();
        slow.replaceWith(1, HoldRequest.stock(1, 1), h -> { }, failures::add);
        slow.release(() -> { }, failures::add);
        assertThat(api.calls).isEmpty();
    }
}
