package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.payments.SimulatedPaymentTerminal;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import dev.tiketi.live.LiveClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One order over several holds of one event (issue 15): all holds or none, one charge, one transaction, one
 * idempotency key for the whole basket. Each test tries to make the basket sell partly, twice, or across owners.
 */
class MultiHoldOrderTest extends IntegrationTest {
    private static final long VIP = 100_000;
    private static final long STD = 50_000;
    private static final long GEN = 20_000;
    private static final long STAND = 35_000;
    private static final String CARD = Sales.CARD;

    @Autowired
    SimulatedPaymentTerminal terminal;
    @Autowired
    Inventory inventory;

    private final LiveClients live = new LiveClients();
    private Sales sales;
    private Fixtures fixtures;
    private String admin;
    private String clerk;
    private String customer;
    private long event;
    private Map<String, Long> seat;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        customer = api.login("customer", PASSWORD);
        fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
        // rows A-B VIP, C-L STD: 100 standard seats, enough for 30 rounds of three one-seat holds
        long venue = fixtures.venue(new VenueRequest("잠실 실내체육관", "1 Test-ro", List.of(new SectionSpec("FLR", "플로어", 12, 10,
                "A", false, "STD", Map.of("A", "VIP", "B", "VIP"), null, null, null, null, null))));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        event = fixtures.publishedEvent(new EventRequest("아이유 콘서트", null, EventKind.RESERVED, venue, now.plus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                List.of(new TierSpec("VIP", "VIP석", VIP, null), new TierSpec("STD", "일반석", STD, null)), null, null, null, null));
        seat = sales.seatIds(venue);
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    @Test
    void seatsOfTwoTiersInTwoHoldsSellAsOneOrderWithOneChargeAndEverySeatPushedSold() {
        LiveClient client = live.connect(port, admin, null);
        LiveClients.Recorder<SeatsUpdate> pushes = live.record(client, LiveDestinations.seats(event), SeatsUpdate.class);
        Map<String, Integer> capacity = stock(event).values().stream().collect(Collectors.toMap(TierAvailability::tierCode,
                TierAvailability::capacity));
        HoldView vip = holdSeats(customer, null, "A-2", "A-3");
        HoldView std = holdSeats(customer, null, "C-1");
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();

        Api.Res r = buy(List.of(vip.holdId(), std.holdId()), customer, null, "basket-key-1", "이영희");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        OrderView order = r.as(OrderView.class);
        assertThat(order.tickets()).hasSize(3);
        assertThat(order.tickets()).extracting(TicketView::seatLabel).containsExactlyInAnyOrder("FLR-A-2", "FLR-A-3", "FLR-C-1");
        assertThat(order.tickets()).extracting(TicketView::tierCode).containsExactlyInAnyOrder("VIP", "VIP", "STD");
        assertThat(order.total()).isEqualTo(2 * VIP + STD);
        assertThat(order.paid()).isEqualTo(2 * VIP + STD);
        assertThat(order.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(2 * VIP + STD));
        assertThat(order.customerName()).isEqualTo("이영희");
        assertThat(api.get("/api/orders/" + order.id(), customer).as(OrderView.class).customerName()).isEqualTo("이영희");
        assertThat(terminal.netCharged() - before).isEqualTo(2 * VIP + STD);
        assertThat(terminal.authorizations() - authorizations).as("one charge for the basket").isEqualTo(1);
        assertThat(data.count("customer_order")).isEqualTo(1);
        assertThat(data.count("payment")).isEqualTo(1);
        assertThat(data.count("sold_seat")).isEqualTo(3);
        assertThat(data.count("order_hold where order_id = " + order.id())).isEqualTo(2);
        assertThat(data.count("hold_outcome where outcome = 'SOLD'")).isEqualTo(2);
        assertThat(data.count("audit_log where action = 'ORDER_PAID'")).isEqualTo(1);
        for (String gone : List.of(vip.holdId(), std.holdId())) {
            assertThat(api.get("/api/holds/" + gone, customer).code()).isEqualTo("HOLD_NOT_FOUND");
        }

        Map<Long, SeatStatus> statuses = sales.statuses(event);
        for (String label : List.of("A-2", "A-3", "C-1")) {
            assertThat(statuses.get(seat.get("FLR-" + label))).as(label).isEqualTo(SeatStatus.SOLD);
        }
        Set<Long> sold = Set.of(seat.get("FLR-A-2"), seat.get("FLR-A-3"), seat.get("FLR-C-1"));
        await().atMost(Duration.ofSeconds(3)).until(() -> pushes.messages().stream().flatMap(u -> u.seats().stream())
                .filter(s -> s.status() == SeatStatus.SOLD).map(SeatState::seatId).collect(Collectors.toSet()).equals(sold));

        Map<String, TierAvailability> after = stock(event);
        assertIdentity(after);
        assertThat(after.get("VIP").sold()).isEqualTo(2);
        assertThat(after.get("STD").sold()).isEqualTo(1);
        assertThat(after.get("VIP").held()).isZero();
        assertThat(after.get("STD").held()).isZero();
        assertThat(after.get("VIP").capacity()).isEqualTo(capacity.get("VIP"));
        assertThat(after.get("STD").capacity()).isEqualTo(capacity.get("STD"));
    }

    @Test
    void twoGaTierHoldsSellAsOneOrderAndTheStockOfEachTierAddsUp() {
        long ga = gaEvent();
        long gen = tierId(ga, "GEN");
        long stand = tierId(ga, "STAND");
        sales.openCashSession(clerk, 0, "c1");
        HoldView three = sales.hold(ga, HoldRequest.stock(gen, 3), clerk, "c1").as(HoldView.class);
        HoldView two = sales.hold(ga, HoldRequest.stock(stand, 2), clerk, "c1").as(HoldView.class);
        HoldView other = sales.hold(ga, HoldRequest.stock(gen, 1), clerk, "c1").as(HoldView.class);
        long total = 3 * GEN + 2 * STAND;

        Api.Res r = send(OrderRequest.ofHolds(List.of(three.holdId(), two.holdId()),
                PaymentRequest.of(Tender.cash(total + 10_000)), "이영희"), clerk, "c1", "ga-basket-1");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        OrderView order = r.as(OrderView.class);
        assertThat(order.tickets()).extracting(TicketView::tierCode).containsExactlyInAnyOrder("GEN", "GEN", "GEN", "STAND", "STAND");
        assertThat(order.tickets()).allSatisfy(t -> assertThat(t.seatId()).isNull());
        assertThat(order.total()).isEqualTo(total);
        assertThat(order.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(total);
            assertThat(p.change()).isEqualTo(10_000);
        });
        assertThat(order.customerName()).isEqualTo("이영희");
        assertThat(data.count("ga_unit where ticket_id is not null")).isEqualTo(5);
        Map<String, TierAvailability> stock = stock(ga);
        assertIdentity(stock);
        assertThat(stock.get("GEN")).isEqualTo(new TierAvailability("GEN", 40, 36, 1, 3));
        assertThat(stock.get("STAND")).isEqualTo(new TierAvailability("STAND", 10, 8, 0, 2));
        // the hold left out of the basket is untouched and sells alone
        assertThat(sales.buyByCash(other.holdId(), GEN, clerk, "c1").status()).isEqualTo(201);
        assertThat(stock(ga).get("GEN")).isEqualTo(new TierAvailability("GEN", 40, 36, 0, 4));
    }

    @Test
    void theSingleHoldFormStillWorksAndStoresTheCustomerName() {
        HoldView hold = holdSeats(customer, null, "C-5");
        Api.Res r = send(new OrderRequest(hold.holdId(), PaymentRequest.of(Tender.card(CARD)), "이영희"), customer, null, "single-key-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        OrderView order = r.as(OrderView.class);
        assertThat(order.customerName()).isEqualTo("이영희");
        assertThat(order.tickets()).extracting(TicketView::seatLabel).containsExactly("FLR-C-5");
        assertThat(data.jdbc().sql("select customer_name from customer_order where id = ?").param(order.id())
                .query(String.class).single()).isEqualTo("이영희");
        // the same request as a one-element list is the same request: a replay, not a reuse of the key
        Api.Res asList = buy(List.of(hold.holdId()), customer, null, "single-key-1", "이영희");
        assertThat(asList.status()).as(asList.toString()).isEqualTo(201);
        assertThat(asList.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(asList.as(OrderView.class).id()).isEqualTo(order.id());
    }

    @Test
    void aBasketWithAReleasedHoldSellsNothingAndTheOtherHoldStaysPayable() {
        HoldView kept = holdSeats(customer, null, "C-1");
        HoldView released = holdSeats(customer, null, "C-2");
        assertThat(api.delete("/api/holds/" + released.holdId(), customer).status()).isEqualTo(204);
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();

        Api.Res r = buy(List.of(kept.holdId(), released.holdId()), customer, null, "gone-key-1", "이영희");

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("HOLD_NOT_FOUND");
        assertNothingSold(before, authorizations);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.HELD);
        assertThat(sales.buyByCard(kept.holdId(), customer, null).status()).as("the kept hold sells alone").isEqualTo(201);
        assertThat(terminal.netCharged() - before).isEqualTo(STD);
    }

    @Test
    void aBasketWithAnExpiredHoldSellsNothingAndTheOtherHoldStaysPayable() {
        // the live hold is the one a basket claims first, so the claim path must give it back
        HoldView[] pair = orderedPair(customer, "D-1", "D-2");
        HoldView live = pair[0];
        HoldView expiring = pair[1];
        TestClock.CLOCK.advance(Duration.ofMinutes(4));
        assertThat(api.post("/api/holds/" + live.holdId() + "/extend", null, customer).status()).isEqualTo(200);
        TestClock.CLOCK.advance(Duration.ofSeconds(90));
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();

        Api.Res late = buy(List.of(live.holdId(), expiring.holdId()), customer, null, "late-key-1", "이영희");

        // the sweeper may have released the expired hold already: then it is not found, as for one hold today
        assertThat(late.code()).as(late.toString()).isIn("HOLD_EXPIRED", "HOLD_NOT_FOUND");
        assertNothingSold(before, authorizations);
        assertThat(sales.statuses(event).get(live.items().get(0).seatId())).isEqualTo(SeatStatus.HELD);
        assertThat(sales.buyByCard(live.holdId(), customer, null).status()).as("the live hold sells alone").isEqualTo(201);
        assertThat(data.count("sold_seat")).isEqualTo(1);
        assertThat(terminal.netCharged() - before).isEqualTo(STD);
    }

    @Test
    void aBasketWithAHoldBeingPaidElsewhereGivesBackWhatItClaimedAndChargesNothing() {
        HoldView[] pair = orderedPair(clerk, "E-1", "E-2");
        HoldView free = pair[0];
        HoldView busy = pair[1];
        Instant now = TestClock.CLOCK.instant();
        String owner = "u" + userId("clerk") + "@c1";
        assertThat(inventory.claim(event, busy.holdId(), owner, "another-payment-1", now, now.plus(Duration.ofMinutes(2))))
                .as("owner key format").isEqualTo(Inventory.Claim.CLAIMED);
        Map<String, String> state = fingerprint();
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();

        Api.Res r = buy(List.of(free.holdId(), busy.holdId()), clerk, "c1", "busy-key-1", "이영희");

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("REQUEST_IN_PROGRESS");
        assertThat(fingerprint()).as("the free hold is given back as it was").isEqualTo(state);
        assertNothingSold(before, authorizations);
        assertThat(sales.buyByCard(free.holdId(), clerk, "c1").status()).as("and sells alone").isEqualTo(201);
    }

    @Test
    void aBasketWithSomeoneElsesHoldIsRefusedAndChangesNothing() {
        HoldView mine = holdSeats(customer, null, "C-1");
        HoldView theirs = holdSeats(clerk, "c1", "C-2");
        HoldView otherCounter = holdSeats(clerk, "c2", "C-3");
        HoldView clerkOwn = holdSeats(clerk, "c1", "C-4");
        Map<String, String> state = fingerprint();
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();

        for (List<String> basket : List.of(List.of(mine.holdId(), theirs.holdId()), List.of(theirs.holdId(), mine.holdId()))) {
            Api.Res r = buy(basket, customer, null, "mixed-" + UUID.randomUUID(), "이영희");
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("HOLD_NOT_FOUND");
        }
        Api.Res counters = buy(List.of(clerkOwn.holdId(), otherCounter.holdId()), clerk, "c1", "counter-key-1", "이영희");
        assertThat(counters.code()).as("another counter's hold").isEqualTo("HOLD_NOT_FOUND");

        assertThat(fingerprint()).isEqualTo(state);
        assertNothingSold(before, authorizations);
    }

    @Test
    void concurrentRepeatsOfOneBasketKeySellItOnce() throws Exception {
        int rounds = 10;
        int repeats = 8;
        long before = terminal.netCharged();
        for (int round = 0; round < rounds; round++) {
            HoldView a = holdSeats(clerk, "c1", "C-" + (round + 1));
            HoldView b = holdSeats(clerk, "c1", "D-" + (round + 1), "E-" + (round + 1));
            String key = "basket-repeat-" + UUID.randomUUID();
            List<String> basket = List.of(a.holdId(), b.holdId());

            List<Api.Res> answers = Race.run(repeats, i -> buy(basket, clerk, "c1", key, "이영희"));

            Set<Long> orders = new HashSet<>();
            for (Api.Res r : answers) {
                assertThat(r.status()).as("round %d: %s", round, r).isIn(201, 409);
                if (r.status() == 201) {
                    orders.add(r.as(OrderView.class).id());
                } else {
                    assertThat(r.code()).as("round %d: %s", round, r).isEqualTo("REQUEST_IN_PROGRESS");
                }
            }
            assertThat(orders).as("round %d", round).hasSize(1);
            assertThat(data.count("customer_order")).as("round %d", round).isEqualTo(round + 1);
            assertThat(data.count("payment")).as("round %d", round).isEqualTo(round + 1);
            assertThat(terminal.netCharged() - before).as("round %d", round).isEqualTo((round + 1) * 3 * STD);

            // later repeats, the holds in any order, are the same order; a part of the basket is another request
            Api.Res again = buy(List.of(b.holdId(), a.holdId()), clerk, "c1", key, "이영희");
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(again.as(OrderView.class).id()).isEqualTo(orders.iterator().next());
            Api.Res part = buy(List.of(a.holdId()), clerk, "c1", key, "이영희");
            assertThat(part.status()).isEqualTo(422);
            assertThat(part.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        }
        assertThat(data.count("sold_seat")).isEqualTo(rounds * 3L);
        assertThat(terminal.netCharged() - before).isEqualTo(rounds * 3 * STD);
    }

    @Test
    void twoBasketsSharingAHoldNeverBothSell() throws Exception {
        int rounds = 30;
        long before = terminal.netCharged();
        List<Long> floor = new ArrayList<>();
        for (char row = 'C'; row <= 'L'; row++) {
            for (int n = 1; n <= 10; n++) {
                floor.add(seat.get("FLR-" + row + "-" + n));
            }
        }
        int wins = 0;
        for (int round = 0; round < rounds; round++) {
            String h1 = sales.holdSeats(event, clerk, "c1", floor.get(3 * round)).as(HoldView.class).holdId();
            String h2 = sales.holdSeats(event, clerk, "c1", floor.get(3 * round + 1)).as(HoldView.class).holdId();
            String h3 = sales.holdSeats(event, clerk, "c1", floor.get(3 * round + 2)).as(HoldView.class).holdId();
            List<List<String>> baskets = List.of(List.of(h1, h2), List.of(h2, h3));

            List<Api.Res> answers = Race.run(2, i -> buy(baskets.get(i), clerk, "c1", "shared-" + UUID.randomUUID(), "이영희"));

            List<Integer> won = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Api.Res r = answers.get(i);
                if (r.status() == 201) {
                    won.add(i);
                } else {
                    assertThat(r.code()).as("round %d: %s", round, r).isIn("REQUEST_IN_PROGRESS", "HOLD_NOT_FOUND");
                }
            }
            // they meet only at h2, which one of them claims first and then nothing stops it
            assertThat(won).as("round %d", round).hasSize(1);
            wins++;
            List<String> loserOnly = new ArrayList<>(baskets.get(1 - won.get(0)));
            loserOnly.remove(h2);
            Map<Long, SeatStatus> statuses = sales.statuses(event);
            assertThat(statuses.get(floor.get(3 * round + 1))).isEqualTo(SeatStatus.SOLD);
            Map<String, String> counter = Map.of(Headers.TERMINAL, "c1");
            assertThat(api.send("GET", "/api/holds/" + loserOnly.get(0), null, null, clerk, counter).status())
                    .as("round %d: the loser's other hold is still held", round).isEqualTo(200);
            assertThat(api.send("DELETE", "/api/holds/" + loserOnly.get(0), null, null, clerk, counter).status()).isEqualTo(204);
            assertThat(data.count("sold_seat")).as("round %d", round).isEqualTo(2L * wins);
            assertThat(terminal.netCharged() - before).as("round %d: the loser charged nothing", round).isEqualTo(2L * wins * STD);
        }
        assertThat(data.jdbc().sql("select count(*) from (select seat_id from ticket where seat_id is not null group by seat_id "
                + "having count(*) > 1) twice").query(Long.class).single()).isZero();
        assertThat(data.count("customer_order")).isEqualTo(rounds);
        assertThat(data.count("payment")).isEqualTo(rounds);
        assertThat(data.count("payment_void")).isZero();
    }

    @Test
    void badBasketsAreRefusedWithAStableCodeAndChangeNothing() {
        HoldView a = holdSeats(clerk, "c1", "C-1");
        HoldView b = holdSeats(clerk, "c1", "C-2");
        long ga = gaEvent();
        HoldView elsewhere = sales.hold(ga, HoldRequest.stock(tierId(ga, "GEN"), 1), clerk, "c1").as(HoldView.class);
        String payment = "\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"" + CARD + "\"}]}";
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"" + event + "-" + String.format("%022d", i) + "\"");
        }
        Map<String, String> state = fingerprint();
        long before = terminal.netCharged();
        int authorizations = terminal.authorizations();
        record Row(String why, String body, int status, String code) {
        }
        List<Row> rows = List.of(
                new Row("empty list", "{\"holdIds\":[]," + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("21 ids", "{\"holdIds\":[" + String.join(",", many) + "]," + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("a hold twice", "{\"holdIds\":[\"" + a.holdId() + "\",\"" + b.holdId() + "\",\"" + a.holdId() + "\"],"
                        + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("both forms", "{\"holdId\":\"" + a.holdId() + "\",\"holdIds\":[\"" + b.holdId() + "\"]," + payment + "}",
                        400, "ORDER_HOLDS_INVALID"),
                new Row("neither form", "{" + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("null list", "{\"holdIds\":null," + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("a null entry", "{\"holdIds\":[\"" + a.holdId() + "\",null]," + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("a blank entry", "{\"holdIds\":[\"" + a.holdId() + "\",\" \"]," + payment + "}", 400, "ORDER_HOLDS_INVALID"),
                new Row("a number", "{\"holdIds\":[\"" + a.holdId() + "\",7]," + payment + "}", 400, "MALFORMED_REQUEST"),
                new Row("an object", "{\"holdIds\":[{\"id\":\"" + a.holdId() + "\"}]," + payment + "}", 400, "MALFORMED_REQUEST"),
                new Row("a string, not a list", "{\"holdIds\":\"" + a.holdId() + "\"," + payment + "}", 400, "MALFORMED_REQUEST"),
                new Row("an over-long id", "{\"holdIds\":[\"" + "x".repeat(49) + "\"]," + payment + "}", 422, "VALIDATION_FAILED"),
                new Row("a malformed id", "{\"holdIds\":[\"" + a.holdId() + "\",\"nope\"]," + payment + "}", 404, "HOLD_NOT_FOUND"),
                new Row("holds of two events", "{\"holdIds\":[\"" + a.holdId() + "\",\"" + elsewhere.holdId() + "\"]," + payment + "}",
                        400, "HOLDS_NOT_SAME_EVENT"));
        for (Row row : rows) {
            Api.Res r = api.send("POST", "/api/orders", row.body(), "application/json", clerk,
                    Map.of(Headers.TERMINAL, "c1", Headers.IDEMPOTENCY_KEY, "bad-" + UUID.randomUUID()));
            assertThat(r.status()).as(row.why() + ": " + r).isEqualTo(row.status());
            assertThat(r.code()).as(row.why()).isEqualTo(row.code());
            assertThat(r.headers().firstValue("Content-Type")).as(row.why()).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
        assertThat(fingerprint()).isEqualTo(state);
        assertNothingSold(before, authorizations);
    }

    // --- helpers

    private Api.Res buy(List<String> holdIds, String token, String terminalId, String key, String name) {
        return send(OrderRequest.ofHolds(holdIds, PaymentRequest.of(Tender.card(CARD)), name), token, terminalId, key);
    }

    private Api.Res send(OrderRequest request, String token, String terminalId, String key) {
        Map<String, String> headers = new HashMap<>();
        headers.put(Headers.IDEMPOTENCY_KEY, key);
        if (terminalId != null) {
            headers.put(Headers.TERMINAL, terminalId);
        }
        return api.send("POST", "/api/orders", Api.JSON.writeValueAsString(request), "application/json", token, headers);
    }

    private HoldView holdSeats(String token, String terminalId, String... labels) {
        Api.Res r = sales.holdSeats(event, token, terminalId, Arrays.stream(labels).map(l -> seat.get("FLR-" + l)).toArray(Long[]::new));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    /** Two one-seat holds, the first with the smaller id: the one a basket of both claims first. */
    private HoldView[] orderedPair(String token, String first, String second) {
        String terminalId = token.equals(customer) ? null : "c1";
        HoldView x = holdSeats(token, terminalId, first);
        HoldView y = holdSeats(token, terminalId, second);
        return x.holdId().compareTo(y.holdId()) < 0 ? new HoldView[] {x, y} : new HoldView[] {y, x};
    }

    private long gaEvent() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return fixtures.publishedEvent(new EventRequest("펜타포트 락 페스티벌", null, EventKind.GA, null, now.plus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)),
                List.of(new TierSpec("GEN", "일반 입장", GEN, 40), new TierSpec("STAND", "스탠딩", STAND, 10)), null, null, null, null));
    }

    private long tierId(long eventId, String code) {
        for (var t : api.get("/api/events/" + eventId, admin).body().get("tiers")) {
            if (t.get("code").asString().equals(code)) {
                return t.get("id").asLong();
            }
        }
        throw new IllegalStateException("no tier " + code);
    }

    private Map<String, TierAvailability> stock(long eventId) {
        StockSnapshot snapshot = sales.stock(eventId);
        return snapshot.tiers().stream().collect(Collectors.toMap(TierAvailability::tierCode, Function.identity()));
    }

    private static void assertIdentity(Map<String, TierAvailability> stock) {
        assertThat(stock.values()).allSatisfy(t -> assertThat(t.capacity()).as(t.tierCode())
                .isEqualTo(t.available() + t.held() + t.sold()));
    }

    private long userId(String username) {
        return data.jdbc().sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private Map<String, String> fingerprint() {
        Map<String, String> all = new TreeMap<>(data.fingerprint());
        all.putAll(data.redisFingerprint());
        return all;
    }

    private void assertNothingSold(long netChargedBefore, int authorizationsBefore) {
        assertThat(terminal.netCharged()).isEqualTo(netChargedBefore);
        assertThat(terminal.authorizations()).as("no card was charged").isEqualTo(authorizationsBefore);
        assertThat(data.count("customer_order")).isZero();
        assertThat(data.count("ticket")).isZero();
        assertThat(data.count("payment_void")).isZero();
    }
}
