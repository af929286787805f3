package dev.tiketi.desktop.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.TenderType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paying without a toolkit: busy, one idempotency key per attempt, change, the card masked after. */
class PaymentTest {
    private static final HoldView HOLD = new HoldView("h1", 1, List.of(new HeldSeat(7L, "ORC-C-12", 1, "VIP", 150_000)), 150_000, "KRW",
            Instant.parse("2027-01-01T10:05:00Z"), Instant.parse("2027-01-01T10:15:00Z"));
    private FakeSaleApi api;
    private Payment payment;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<OrderView> paid = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new FakeSaleApi();
        AtomicInteger n = new AtomicInteger();
        payment = new Payment(api, Threads.direct(), () -> "key-" + n.incrementAndGet());
    }

    private static OrderView order(PaymentView... payments) {
        return new OrderView(9, "A-000123", 1, "신년 음악회 2027", null, OrderState.PAID, Channel.CLERK, 150_000, 150_000, "KRW",
                "이영희", Instant.parse("2027-01-01T10:01:00Z"), List.of(), List.of(payments), "세종문화회관", "Asia/Seoul");
    }

    @Test
    void aRetryOfTheSameAttemptKeepsItsKeyAndAnotherWayOfPayingGetsANewOne() {
        api.failNextWith(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
        payment.pay(HOLD, Payment.card("4242 4242 4242 4242"), "이영희", paid::add, failures::add);
        api.failNextWith(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
        payment.pay(HOLD, Payment.card("4242-4242-4242-4242"), "이영희", paid::add, failures::add);
        assertThat(api.keys).as("the same card, however typed, is the same attempt").containsExactly("key-1", "key-1");
        api.order = order(new PaymentView(TenderType.CASH, false, 150_000, 200_000L, 50_000L, null, Instant.now()));
        payment.pay(HOLD, Payment.cash(200_000), "", paid::add, failures::add);
        assertThat(api.keys).containsExactly("key-1", "key-1", "key-2");
        assertThat(api.calls.get(2)).as("a blank name is no name").isEqualTo("buy h1 null");
        assertThat(paid).hasSize(1);
        assertThat(payment.changeProperty().get()).isEqualTo(50_000L);
        assertThat(payment.attemptKey()).as("a new sale starts a new attempt").isNull();
    }

    @Test
    void severalHoldsArePaidAsOneOrderWithOneKeyPerAttempt() {
        HoldView other = new HoldView("h2", 1, List.of(new HeldSeat(null, null, 2, "R", 120_000)), 120_000, "KRW",
                Instant.parse("2027-01-01T10:05:00Z"), Instant.parse("2027-01-01T10:15:00Z"));
        api.failNextWith(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
        payment.pay(List.of(HOLD, other), Payment.card("4242424242424242"), "이영희", paid::add, failures::add);
        api.failNextWith(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
        payment.pay(List.of(other, HOLD), Payment.card("4242 4242 4242 4242"), "이영희", paid::add, failures::add);
        assertThat(api.calls).as("both holds in one request, named in one order").containsExactly("buy [h1, h2] 이영희", "buy [h1, h2] 이영희");
        assertThat(api.keys).as("the same holds paid the same way are one attempt").containsExactly("key-1", "key-1");
        api.order = order(new PaymentView(TenderType.CARD, false, 270_000, null, null, "4242", Instant.now()));
        payment.pay(List.of(HOLD), Payment.card("4242424242424242"), "이영희", paid::add, failures::add);
        assertThat(api.calls.get(2)).as("one hold goes in the single form").isEqualTo("buy h1 이영희");
        assertThat(api.keys).as("other holds are another attempt").containsExactly("key-1", "key-1", "key-2");
        assertThat(paid).hasSize(1);
        assertThat(failures).hasSize(2);
    }

    @Test
    void aCardSaleKeepsOnlyTheLastFourDigitsAndNoChange() {
        api.order = order(new PaymentView(TenderType.CARD, false, 150_000, null, null, "4242", Instant.now()));
        payment.pay(HOLD, Payment.card("4242424242424242"), "이영희", paid::add, failures::add);
        assertThat(payment.maskedCardProperty().get()).isEqualTo("•••• 4242");
        assertThat(payment.changeProperty().get()).isNull();
        assertThat(payment.orderProperty().get().orderNo()).isEqualTo("A-000123");
        payment.clear();
        assertThat(payment.orderProperty().get()).isNull();
        assertThat(payment.maskedCardProperty().get()).isEmpty();
    }

    @Test
    void whileAPaymentIsOnItsWayNothingElseIsSent() {
        Payment slow = new Payment(api, new Threads(r -> { }, Runnable::run), () -> "k");
        slow.pay(HOLD, Payment.card("4242424242424242"), null, paid::add, failures::add);
        assertThat(slow.busyProperty().get()).isTrue();
        slow.pay(HOLD, Payment.card("4242424242424242"), null, paid::add, failures::add);
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aSplitPaysTheRestByCard() {
        var split = Payment.split(150_000, 50_000, "4242 4242 4242 4242");
        assertThat(split.tenders()).extracting(t -> t.type().name() + " " + t.amount())
                .containsExactly("CASH 50000", "CARD 100000");
        assertThat(split.tenders().get(1).cardNumber()).isEqualTo("4242424242424242");
    }
}
