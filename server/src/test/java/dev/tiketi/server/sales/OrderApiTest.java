package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.payments.SimulatedPaymentTerminal;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderApiTest extends IntegrationTest {
    @Autowired
    SimulatedPaymentTerminal terminal;
    @Autowired
    dev.tiketi.server.inventory.Inventory inventory;
    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    private Sales sales;
    private String admin;
    private String clerk;
    private String customer;
    private String kiosk;
    private long event;
    private Map<String, Long> seat;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        customer = api.login("customer", PASSWORD);
        kiosk = api.login("kiosk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seat = sales.seatIds(venue);
    }

    private HoldView hold(String token, String terminal, String... labels) {
        Api.Res r = sales.holdSeats(event, token, terminal, java.util.Arrays.stream(labels).map(seat::get).toArray(Long[]::new));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    @Test
    void aClerkSellsForCashAndTheChangeIsComputed() {
        sales.openCashSession(clerk, 100_000, "counter-1");
        HoldView hold = hold(clerk, "counter-1", "FLR-A-2", "FLR-C-1");
        Api.Res r = sales.buyByCash(hold.holdId(), 200_000, clerk, "counter-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.headers().firstValue("Idempotent-Replayed")).contains("false");
        OrderView order = r.as(OrderView.class);
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.channel()).isEqualTo(Channel.CLERK);
        assertThat(order.total()).isEqualTo(150_000);
        assertThat(order.paid()).isEqualTo(150_000);
        assertThat(order.orderNo()).matches("T\\d{7}");
        assertThat(order.customerName()).isEqualTo("Kim Test");
        assertThat(order.payments()).singleElement().satisfies(p -> {
            assertThat(p.tender()).isEqualTo(TenderType.CASH);
            assertThat(p.amount()).isEqualTo(150_000);
            assertThat(p.tendered()).isEqualTo(200_000);
            assertThat(p.change()).isEqualTo(50_000);
        });
        assertThat(order.tickets()).extracting(TicketView::seatLabel).containsExactly("FLR-A-2", "FLR-C-1");
        assertThat(order.tickets()).allSatisfy(t -> {
            assertThat(t.code()).matches("[A-HJ-NP-Z2-9]{26}");
            assertThat(t.channel()).isEqualTo(Channel.CLERK);
        });
        assertThat(sales.statuses(event).get(seat.get("FLR-A-2"))).isEqualTo(SeatStatus.SOLD);
        assertThat(data.count("sold_seat")).isEqualTo(2);
        // the hold is gone: it cannot be bought again or released
        assertThat(api.get("/api/holds/" + hold.holdId(), clerk).code()).isEqualTo("HOLD_NOT_FOUND");
        assertThat(data.count("audit_log where action = 'ORDER_PAID'")).isEqualTo(1);
    }

    @Test
    void cashBelowTheTotalIsRefusedAndChangesNothing() {
        sales.openCashSession(clerk, 0, "c1");
        HoldView hold = hold(clerk, "c1", "FLR-C-1");
        Api.Res r = sales.buyByCash(hold.holdId(), 49_999, clerk, "c1");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("INSUFFICIENT_CASH");
        assertThat(data.count("customer_order")).isZero();
        assertThat(sales.buyByCash(hold.holdId(), 50_000, clerk, "c1").status()).as("the hold is still there").isEqualTo(201);
    }

    @Test
    void cashNeedsAnOpenCashSessionAndIsOnlyForTheCounter() {
        HoldView hold = hold(clerk, "c1", "FLR-C-1");
        assertThat(sales.buyByCash(hold.holdId(), 50_000, clerk, "c1").code()).isEqualTo("CASH_SESSION_REQUIRED");
        HoldView online = hold(customer, null, "FLR-C-2");
        Api.Res r = sales.buyByCash(online.holdId(), 50_000, customer, null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("TENDER_NOT_ALLOWED");
        HoldView atKiosk = hold(kiosk, "lobby-1", "FLR-C-3");
        assertThat(sales.buyByCash(atKiosk.holdId(), 50_000, kiosk, "lobby-1").code()).isEqualTo("TENDER_NOT_ALLOWED");
        OrderView kioskOrder = sales.buyByCard(atKiosk.holdId(), kiosk, "lobby-1").as(OrderView.class);
        assertThat(kioskOrder.channel()).isEqualTo(Channel.KIOSK);
        OrderView onlineOrder = sales.buyByCard(online.holdId(), customer, null).as(OrderView.class);
        assertThat(onlineOrder.channel()).isEqualTo(Channel.ONLINE);
        assertThat(onlineOrder.customerName()).isEqualTo("Kim Test");
    }

    @Test
    void aDeclinedCardLeavesTheHoldIntactAndATimeoutChargesNothing() {
        HoldView hold = hold(customer, null, "FLR-C-1");
        Api.Res declined = sales.buy(hold.holdId(), PaymentRequest.of(Tender.card(SimulatedPaymentTerminal.DECLINE)), customer, null, "key-decline-1");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.code()).isEqualTo("PAYMENT_DECLINED");
        Api.Res timeout = sales.buy(hold.holdId(), PaymentRequest.of(Tender.card(SimulatedPaymentTerminal.TIMEOUT)), customer, null, "key-timeout-1");
        assertThat(timeout.status()).isEqualTo(504);
        assertThat(timeout.code()).isEqualTo("PAYMENT_TERMINAL_TIMEOUT");
        assertThat(data.count("customer_order")).isZero();
        assertThat(data.count("payment_void")).isEqualTo(2);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.HELD);
        HoldView still = api.get("/api/holds/" + hold.holdId(), customer).as(HoldView.class);
        assertThat(still.expiresAt()).isEqualTo(hold.expiresAt());
        long before = terminal.netCharged();
        assertThat(sales.buyByCard(hold.holdId(), customer, null).status()).isEqualTo(201);
        assertThat(terminal.netCharged() - before).isEqualTo(50_000);
    }

    @Test
    void aBadCardNumberIsRefusedBeforeTheTerminalIsAsked() {
        HoldView hold = hold(customer, null, "FLR-C-1");
        Api.Res r = sales.buy(hold.holdId(), PaymentRequest.of(Tender.card("4242424242424241")), customer, null, "key-luhn-1");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("CARD_INVALID");
        assertThat(data.count("payment_void")).isZero();
    }

    @Test
    void aSplitPaymentTakesCashAndCardThatAddUpExactly() {
        sales.openCashSession(clerk, 0, "c1");
        HoldView hold = hold(clerk, "c1", "FLR-A-2", "FLR-A-3");
        Api.Res wrong = sales.buy(hold.holdId(), PaymentRequest.of(new Tender(TenderType.CASH, 50_000L, 50_000L, null),
                new Tender(TenderType.CARD, 100_000L, null, Sales.CARD)), clerk, "c1", "key-split-0");
        assertThat(wrong.code()).isEqualTo("PAYMENT_MISMATCH");
        Api.Res r = sales.buy(hold.holdId(), PaymentRequest.of(new Tender(TenderType.CASH, 70_000L, 100_000L, null),
                new Tender(TenderType.CARD, 130_000L, null, Sales.CARD)), clerk, "c1", "key-split-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        OrderView order = r.as(OrderView.class);
        assertThat(order.payments()).extracting(PaymentView::tender).containsExactly(TenderType.CASH, TenderType.CARD);
        assertThat(order.payments().get(0).change()).isEqualTo(30_000);
        assertThat(order.payments().get(1).cardLast4()).isEqualTo("4242");
        assertThat(order.paid()).isEqualTo(200_000);
        assertThat(api.get("/api/orders/" + order.id(), clerk).raw()).doesNotContain(Sales.CARD);
    }

    @Test
    void replayingTheSameKeyReturnsTheSameOrderAndChargesOnce() {
        HoldView hold = hold(customer, null, "FLR-C-1", "FLR-C-2");
        long before = terminal.netCharged();
        PaymentRequest card = PaymentRequest.of(Tender.card(Sales.CARD));
        Api.Res first = sales.buy(hold.holdId(), card, customer, null, "same-key-123");
        Api.Res again = sales.buy(hold.holdId(), card, customer, null, "same-key-123");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.as(OrderView.class)).isEqualTo(first.as(OrderView.class));
        assertThat(terminal.netCharged() - before).isEqualTo(100_000);
        assertThat(data.count("customer_order")).isEqualTo(1);
        assertThat(data.count("payment")).isEqualTo(1);
        // the same key for another hold is a client bug, not a new order
        HoldView other = hold(customer, null, "FLR-C-3");
        Api.Res reused = sales.buy(other.holdId(), card, customer, null, "same-key-123");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // a new key for the sold hold: nothing to buy
        assertThat(sales.buy(hold.holdId(), card, customer, null, "another-key-1").code()).isEqualTo("HOLD_NOT_FOUND");
        Api.Res noKey = sales.buy(other.holdId(), card, customer, null, null);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(data.count("customer_order")).isEqualTo(1);
    }

    @Test
    void parallelRepeatsOfOneKeySellOnce() throws Exception {
        HoldView hold = hold(customer, null, "FLR-C-1");
        long before = terminal.netCharged();
        List<Api.Res> results = Race.run(20, i -> sales.buy(hold.holdId(), PaymentRequest.of(Tender.card(Sales.CARD)), customer,
                null, "parallel-key-1"));
        Set<Long> orders = new HashSet<>();
        for (Api.Res r : results) {
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
            if (r.status() == 201) {
                orders.add(r.as(OrderView.class).id());
            } else {
                assertThat(r.code()).isEqualTo("REQUEST_IN_PROGRESS");
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(orders).hasSize(1);
        assertThat(data.count("customer_order")).isEqualTo(1);
        assertThat(terminal.netCharged() - before).isEqualTo(50_000);
    }

    @Test
    void payingAfterReleaseOrExpiryIsRefused() {
        HoldView released = hold(customer, null, "FLR-C-1");
        api.delete("/api/holds/" + released.holdId(), customer);
        assertThat(sales.buyByCard(released.holdId(), customer, null).code()).isEqualTo("HOLD_NOT_FOUND");

        HoldView expiring = hold(customer, null, "FLR-C-2");
        int authorizations = terminal.authorizations();
        TestClock.CLOCK.advance(Duration.ofMinutes(5));
        Api.Res late = sales.buyByCard(expiring.holdId(), customer, null);
        assertThat(late.code()).isIn("HOLD_EXPIRED", "HOLD_NOT_FOUND");
        assertThat(data.count("customer_order")).isZero();
        assertThat(terminal.authorizations()).as("no card was charged for a dead hold").isEqualTo(authorizations);
    }

    @Test
    void someoneElsesHoldOrOrderIsNotFound() {
        HoldView hold = hold(clerk, "c1", "FLR-C-1");
        assertThat(sales.buyByCard(hold.holdId(), customer, null).code()).isEqualTo("HOLD_NOT_FOUND");
        assertThat(sales.buyByCard(hold.holdId(), clerk, "c2").code()).as("another counter").isEqualTo("HOLD_NOT_FOUND");
        OrderView order = sales.buyByCard(hold(customer, null, "FLR-C-5").holdId(), customer, null).as(OrderView.class);
        String other = registerCustomer("other-customer");
        assertThat(api.get("/api/orders/" + order.id(), other).code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(api.send("GET", "/api/orders/" + order.id() + "/tickets.pdf", null, null, other,
                Map.of("Accept", "application/pdf, application/problem+json")).status()).isEqualTo(404);
        assertThat(api.get("/api/orders/" + order.id(), customer).status()).isEqualTo(200);
        assertThat(api.get("/api/orders/" + order.id(), clerk).status()).isEqualTo(200);
        assertThat(api.get("/api/orders", other).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/orders", customer).body().get("total").asLong()).isEqualTo(1);
        for (String token : List.of(customer, other, kiosk)) {
            assertThat(api.post("/api/orders/" + order.id() + "/refund", Map.of(), token).status()).isEqualTo(403);
            assertThat(api.post("/api/orders/" + order.id() + "/exchange", Map.of("ticketId", 1, "holdId", hold.holdId()), token)
                    .status()).isEqualTo(403);
            assertThat(api.post("/api/cash-sessions", Map.of("openingFloat", 0), token).status()).isEqualTo(403);
        }
        assertThat(data.count("ticket where state = 'VALID'")).isEqualTo(1);
    }

    @Test
    void aKioskSeesOnlyWhatItsTerminalSoldJustNow() {
        OrderView sold = sales.buyByCard(hold(kiosk, "lobby-1", "FLR-C-1").holdId(), kiosk, "lobby-1").as(OrderView.class);
        Map<String, String> lobby1 = Map.of("X-Tiketi-Terminal", "lobby-1");
        Map<String, String> lobby2 = Map.of("X-Tiketi-Terminal", "lobby-2");
        assertThat(api.send("GET", "/api/orders/" + sold.id(), null, null, kiosk, lobby1).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/orders", null, null, kiosk, lobby1).body().get("total").asLong()).isEqualTo(1);
        // the kiosk account is shared: another kiosk, or the next customer in a quarter of an hour, sees nothing
        assertThat(api.send("GET", "/api/orders/" + sold.id(), null, null, kiosk, lobby2).code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(api.send("GET", "/api/orders", null, null, kiosk, lobby2).body().get("total").asLong()).isZero();
        TestClock.CLOCK.advance(Duration.ofMinutes(16));
        assertThat(api.send("GET", "/api/orders/" + sold.id(), null, null, kiosk, lobby1).code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(api.send("GET", "/api/orders", null, null, kiosk, lobby1).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/orders/" + sold.id(), clerk).status()).isEqualTo(200);
    }

    @Test
    void theLimitIsCheckedAgainWhenBuying() {
        dev.tiketi.model.catalog.EventRequest base = Fixtures.onSale("Limited", data.jdbc().sql("select venue_id from event where id = ?")
                .param(event).query(Long.class).single());
        long limited = new Fixtures(api, admin).publishedEvent(new dev.tiketi.model.catalog.EventRequest(base.name(), null,
                base.kind(), base.venueId(), base.startsAt(), base.saleOpensAt(), base.saleClosesAt(), base.tiers(), null, null, 4, null));
        HoldView a = sales.holdSeats(limited, customer, null, seat.get("FLR-C-1"), seat.get("FLR-C-2"), seat.get("FLR-C-3")).as(HoldView.class);
        // as if a purchase had raced the next hold: the hold's view of "held so far" is lost
        redis.opsForHash().delete(data.redisKey("uh:{e" + limited + "}"), data.jdbc().sql("select id from app_user where username = 'customer'")
                .query(Long.class).single().toString());
        HoldView b = sales.holdSeats(limited, customer, null, seat.get("FLR-D-1"), seat.get("FLR-D-2")).as(HoldView.class);
        assertThat(sales.buyByCard(a.holdId(), customer, null).status()).isEqualTo(201);
        Api.Res over = sales.buyByCard(b.holdId(), customer, null);
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.code()).isEqualTo("HOLD_LIMIT_EXCEEDED");
        assertThat(data.count("ticket")).isEqualTo(3);
    }

    @Test
    void aHoldTheSweeperGaveUpOnCannotBeSoldLate() {
        HoldView hold = hold(customer, null, "FLR-C-1");
        // the sweeper decided first (a payment that never finished); the late sale must lose
        data.jdbc().sql("insert into hold_outcome (hold_id, outcome, at) values (?, 'RELEASED', now())").param(hold.holdId()).update();
        long before = terminal.netCharged();
        Api.Res late = sales.buyByCard(hold.holdId(), customer, null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("HOLD_EXPIRED");
        assertThat(terminal.netCharged()).isEqualTo(before);
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void aClaimWhoseServerDiedIsReleasedAfterItsPaymentDeadline() {
        HoldView hold = hold(customer, null, "FLR-C-1");
        java.time.Instant now = TestClock.CLOCK.instant();
        assertThat(inventory.claim(event, hold.holdId(), "u" + data.jdbc().sql("select id from app_user where username = 'customer'")
                .query(Long.class).single(), "dead-server-key", now, now.plus(Duration.ofMinutes(2))))
                .isEqualTo(dev.tiketi.server.inventory.Inventory.Claim.CLAIMED);
        TestClock.CLOCK.advance(Duration.ofMinutes(6));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2))
                .until(() -> sales.statuses(event).get(seat.get("FLR-C-1")) == SeatStatus.AVAILABLE);
        assertThat(data.count("hold_outcome where outcome = 'RELEASED'")).isEqualTo(1);
        assertThat(data.count("audit_log where action = 'HOLD_EXPIRED'")).isEqualTo(1);
    }

    @Test
    void ordersAreFoundByTicketCodeOrderNumberNameEventAndDate() {
        OrderView order = sales.buyByCard(hold(clerk, "c1", "FLR-C-1").holdId(), clerk, "c1").as(OrderView.class);
        sales.buyByCard(hold(clerk, "c1", "FLR-C-2").holdId(), clerk, "c1");
        String code = order.tickets().get(0).code();
        assertThat(ids("code=" + code.toLowerCase())).containsExactly(order.id());
        assertThat(ids("orderNo=" + order.orderNo())).containsExactly(order.id());
        assertThat(ids("name=kim")).hasSize(2);
        assertThat(ids("name=50%25")).isEmpty();
        assertThat(ids("event=" + event)).hasSize(2);
        assertThat(ids("date=" + java.time.LocalDate.now())).hasSize(2);
        assertThat(ids("date=2001-01-01")).isEmpty();
    }

    @Test
    void ticketsPrintAsPdfWithAReceiptAndReprintsAreLogged() throws Exception {
        OrderView order = sales.buyByCard(hold(clerk, "c1", "FLR-C-1", "FLR-C-2").holdId(), clerk, "c1").as(OrderView.class);
        Api.Res pdf = api.send("GET", "/api/orders/" + order.id() + "/tickets.pdf", null, null, clerk, Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        byte[] bytes = api.bytes("/api/orders/" + order.id() + "/tickets.pdf", clerk);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isEqualTo(3); // two tickets and the receipt
        String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("FLR-C-1").contains(order.tickets().get(0).code()).contains(order.orderNo());
        String receipt = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(3);
        assertThat(receipt).contains("Receipt").contains("100,000");
        assertThat(data.count("ticket_print")).isEqualTo(2);
        assertThat(data.count("ticket_print where reprint")).isEqualTo(1);
        assertThat(data.count("audit_log where action = 'TICKETS_REPRINTED'")).isEqualTo(1);
    }

    private List<Long> ids(String query) {
        Api.Res r = api.get("/api/orders?" + query, clerk);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body().get("items").valueStream().map(n -> n.get("id").asLong()).toList();
    }

    private String registerCustomer(String name) {
        Api.Res r = api.post("/api/auth/register", Map.of("username", name, "password", PASSWORD, "displayName", name), null);
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return api.login(name, PASSWORD);
    }
}
