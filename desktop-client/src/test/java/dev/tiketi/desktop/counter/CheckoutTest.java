package dev.tiketi.desktop.counter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.TenderType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The till without a toolkit: a GA basket of two tiers is one order, and the change is worked out on its total. */
class CheckoutTest {
    private static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");
    private final List<String> calls = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private final Messages m = new Messages(Locale.ENGLISH);

    private final SaleApi api = new SaleApi() {
        private int n;

        @Override
        public EventDetail event(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VenueLayout layout(long venueId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HoldView hold(long eventId, HoldRequest request) {
            n++;
            List<HeldSeat> items = n == 1
                    ? List.of(new HeldSeat(null, null, 1, "STAND", 30_000), new HeldSeat(null, null, 1, "STAND", 30_000))
                    : List.of(new HeldSeat(null, null, 2, "SEAT", 45_000));
            return new HoldView("h" + n, eventId, items, items.stream().mapToLong(HeldSeat::price).sum(), "KRW", NOW.plusSeconds(300), NOW.plusSeconds(900));
        }

        @Override
        public HoldView extend(String holdId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release(String holdId) {
            calls.add("release " + holdId);
        }

        @Override
        public OrderView buy(String holdId, PaymentRequest payment, String customerName, String idempotencyKey) {
            calls.add("buy " + holdId);
            return null;
        }

        @Override
        public OrderView buyAll(List<String> holdIds, PaymentRequest payment, String customerName, String idempotencyKey) {
            calls.add("buy " + holdIds + " " + payment.tenders().get(0).type() + " " + customerName);
            return new OrderView(9, "T0000009", 1, "한강 불꽃축제", null, OrderState.PAID, Channel.CLERK, 105_000, 105_000, "KRW", customerName, NOW,
                    List.of(), List.of(new PaymentView(TenderType.CASH, false, 105_000, 120_000L, 15_000L, null, NOW)), null, "Asia/Seoul");
        }
    };

    @Test
    void twoHoldsArePaidAsOneOrderAndTheChangeIsOnTheirTotal() {
        Basket basket = new Basket(api, Threads.direct(), Clock.fixed(NOW, ZoneOffset.UTC), 60);
        Payment payment = new Payment(api, Threads.direct(), () -> "key-1");
        Checkout till = new Checkout(m, basket, payment, () -> true, (text, error) -> said.add(text), e -> said.add("failed " + e), n -> said.add(n.text()));
        basket.replaceWith(1, HoldRequest.stock(1, 2), h -> { }, e -> { });
        basket.add(1, HoldRequest.stock(2, 1), h -> { }, e -> { });
        assertThat(BasketLines.of(basket.holds(), m)).containsExactly("STAND   ₩30,000", "STAND   ₩30,000", "SEAT   ₩45,000",
                "STAND: 2 ×, ₩60,000", "SEAT: 1 ×, ₩45,000");

        till.tenderedProperty().set("100,000");
        assertThat(till.changeProperty().get()).isEqualTo("₩5,000 short");
        till.payCash();
        assertThat(said).containsExactly("The total is ₩105,000; enter at least that much cash.");
        assertThat(calls).as("nothing is sent for too little cash").isEmpty();

        till.tenderedProperty().set("120000원");
        assertThat(till.changeProperty().get()).isEqualTo("₩15,000");
        till.customerNameProperty().set("김민수");
        till.payCash();
        assertThat(calls).containsExactly("buy [h1, h2] CASH 김민수");
        assertThat(basket.holds()).isEmpty();
        assertThat(till.saleSummaryProperty().get()).startsWith("Order T0000009 · ").endsWith(" · ₩105,000 · change ₩15,000");
        assertThat(till.tenderedProperty().get()).isEmpty();
        assertThat(till.customerNameProperty().get()).isEmpty();
    }
}
