package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.common.Headers;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an event with orders: the summary the admin reads first, then refund every order (exact counts and
 * money, cards back to cards and cash from the admin's drawer) or flag each for follow-up; all or nothing.
 */
class EventCancelApiTest extends IntegrationTest {
    private static final String COUNTER = "counter-1";
    private static final String ADMIN_DESK = "admin-desk";
    @org.springframework.beans.factory.annotation.Autowired
    dev.tiketi.server.payments.SimulatedPaymentTerminal terminal;
    private String admin;
    private String clerk;
    private Sales sales;
    private long event;
    private Map<String, Long> seats;
    private final List<Long> cardOrders = new ArrayList<>();
    private final List<Long> cashOrders = new ArrayList<>();

    @BeforeEach
    void soldSome() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        sales = new Sales(api);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("세종문화회관"));
        event = fixtures.publishedEvent(Fixtures.onSale("신년 음악회 2027", venue));
        seats = sales.seatIds(venue);
        sales.openCashSession(clerk, 100_000, COUNTER);
        // card: 1 VIP (100,000), 2 STD (100,000), 3 BAL (90,000); cash: 1 STD (50,000), 1 BAL (30,000)
        cardOrders.add(card("FLR-A-2"));
        cardOrders.add(card("FLR-C-1", "FLR-C-2"));
        cardOrders.add(card("BAL-A-1", "BAL-A-2", "BAL-A-3"));
        cashOrders.add(cash(50_000, "FLR-D-1"));
        cashOrders.add(cash(30_000, "BAL-B-1"));
    }

    private long card(String... labels) {
        String hold = sales.holdSeats(event, clerk, COUNTER, ids(labels)).body().get("holdId").asString();
        return sales.buyByCard(hold, clerk, COUNTER).body().get("id").asLong();
    }

    private long cash(long amount, String... labels) {
        String hold = sales.holdSeats(event, clerk, COUNTER, ids(labels)).body().get("holdId").asString();
        Api.Res r = sales.buyByCash(hold, amount, clerk, COUNTER);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private Long[] ids(String... labels) {
        return java.util.Arrays.stream(labels).map(seats::get).toArray(Long[]::new);
    }

    private CancelSummary summary() {
        return api.get("/api/admin/events/" + event + "/cancel/summary", admin).as(CancelSummary.class);
    }

    private Api.Res cancel(String choice, String terminal) {
        return api.send("POST", "/api/admin/events/" + event + "/cancel",
                "{\"orders\":\"" + choice + "\",\"reason\":\"공연 취소\"}", "application/json", admin,
                terminal == null ? Map.of() : Map.of(Headers.TERMINAL, terminal));
    }

    private long count(String sql, Object... params) {
        return data.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theSummaryCountsWhatIsStillValidAndSplitsTheMoneyAsARefundWould() {
        // one STD ticket of the two-seat card order was refunded at the counter already: it no longer counts
        long refundedTicket = data.jdbc().sql("select id from ticket where order_id = ? order by id limit 1")
                .param(cardOrders.get(1)).query(Long.class).single();
        Api.Res partial = api.send("POST", "/api/orders/" + cardOrders.get(1) + "/refund", "{\"ticketIds\":[" + refundedTicket + "]}",
                "application/json", clerk, Map.of(Headers.TERMINAL, COUNTER));
        assertThat(partial.status()).as(partial.raw()).isEqualTo(200);

        assertThat(summary()).isEqualTo(new CancelSummary(event, "신년 음악회 2027", 5, 7, 7, 0,
                100_000 + 50_000 + 90_000 + 50_000 + 30_000, 100_000 + 50_000 + 90_000, 80_000, "KRW"));
    }

    /**
     * Sales in flight while the admin cancels with refunds: each either commits before the cancel and is refunded
     * by it, or is refused (its card voided); never a paid order left on a cancelled event.
     */
    @Test
    void aSaleRacingTheCancelIsRefundedByItOrRefusedNeverLeftPaid() throws Exception {
        sales.openCashSession(admin, 0, ADMIN_DESK);
        List<String> labels = List.of("FLR-B-1", "FLR-B-2", "FLR-B-3", "FLR-B-4", "FLR-B-5", "FLR-B-6", "FLR-B-7", "FLR-B-8",
                "FLR-B-9", "FLR-B-10", "FLR-C-3", "FLR-C-4", "FLR-C-5", "FLR-C-6", "FLR-C-7", "FLR-C-8");
        List<String> holds = new ArrayList<>();
        for (String label : labels) {
            holds.add(sales.holdSeats(event, clerk, "counter-" + label, seats.get(label)).body().get("holdId").asString());
        }
        int buyers = holds.size();

        List<Api.Res> results = dev.tiketi.server.sales.Race.run(buyers + 1, i -> i == buyers ? cancel("REFUND_ALL", ADMIN_DESK)
                : sales.buyByCard(holds.get(i), clerk, "counter-" + labels.get(i)));

        assertThat(results.get(buyers).status()).as(results.get(buyers).raw()).isEqualTo(200);
        for (Api.Res bought : results.subList(0, buyers)) {
            assertThat(bought.status() == 201 || bought.code().equals("EVENT_NOT_ON_SALE") || bought.code().equals("HOLD_NOT_FOUND"))
                    .as(bought.raw()).isTrue();
        }
        assertThat(count("select count(*) from ticket where event_id = ? and state = 'VALID'", event)).isZero();
        assertThat(count("select count(*) from customer_order where event_id = ? and state <> 'REFUNDED'", event)).isZero();
        assertThat(count("select count(*) from sold_seat where event_id = ?", event)).isZero();
        assertThat(count("""
                select coalesce(sum(case when p.kind = 'SALE' then p.amount else -p.amount end), 0)
                from payment p join customer_order o on o.id = p.order_id where o.event_id = ?""", event))
                .as("every won taken has gone back").isZero();
    }

    @Test
    void refundAllRefundsEveryOrderWithExactCountsAndMoney() {
        sales.openCashSession(admin, 0, ADMIN_DESK);
        CancelSummary before = summary();
        assertThat(before.orders()).isEqualTo(5);
        assertThat(before.tickets()).isEqualTo(8);
        assertThat(before.amount()).isEqualTo(370_000);

        Api.Res r = cancel("REFUND_ALL", ADMIN_DESK);

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(count("select count(*) from ticket where event_id = ? and state = 'REFUNDED'", event)).isEqualTo(8);
        assertThat(count("select count(*) from ticket where event_id = ? and state <> 'REFUNDED'", event)).isZero();
        assertThat(count("select count(*) from customer_order where event_id = ? and state = 'REFUNDED'", event)).isEqualTo(5);
        assertThat(count("select count(*) from sold_seat where event_id = ?", event)).isZero();
        assertThat(count("""
                select coalesce(sum(p.amount), 0) from payment p join customer_order o on o.id = p.order_id
                where o.event_id = ? and p.kind = 'REFUND' and p.tender = 'CARD'""", event)).isEqualTo(290_000);
        assertThat(count("""
                select coalesce(sum(p.amount), 0) from payment p join customer_order o on o.id = p.order_id
                join cash_session s on s.id = p.cash_session_id
                where o.event_id = ? and p.kind = 'REFUND' and p.tender = 'CASH' and s.terminal = ?""", event, ADMIN_DESK))
                .isEqualTo(80_000);
        assertThat(count("""
                select coalesce(sum(case when p.kind = 'SALE' then p.amount else -p.amount end), 0)
                from payment p join customer_order o on o.id = p.order_id where o.event_id = ?""", event))
                .as("every won paid has gone back").isZero();
        assertThat(count("select count(*) from audit_log where action = 'ORDER_REFUNDED' and event_id = ?", event)).isEqualTo(5);
        assertThat(summary().orders()).isZero();
    }

    @Test
    void refundAllWithoutADrawerForTheCashCancelsNothing() {
        long charged = terminal.netCharged();

        Api.Res r = cancel("REFUND_ALL", ADMIN_DESK);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("CASH_SESSION_REQUIRED");
        assertThat(api.get("/api/events/" + event, admin).body().get("status").asString()).isEqualTo("ON_SALE");
        assertThat(count("select count(*) from ticket where event_id = ? and state = 'VALID'", event)).isEqualTo(8);
        assertThat(count("select count(*) from payment p join customer_order o on o.id = p.order_id where o.event_id = ? and p.kind = 'REFUND'",
                event)).isZero();
        assertThat(terminal.netCharged()).as("no card got money back the database does not know of").isEqualTo(charged);
    }

    @Test
    void flaggingLeavesEveryOrderPaidAndMarksEachOnceForFollowUp() {
        Api.Res r = cancel("FLAG_FOR_FOLLOW_UP", null);

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(count("select count(*) from ticket where event_id = ? and state = 'VALID'", event)).isEqualTo(8);
        List<Long> flagged = data.jdbc().sql("select entity_id from audit_log where action = 'ORDER_FLAGGED' and event_id = ? order by entity_id")
                .param(event).query(Long.class).list();
        List<Long> all = new ArrayList<>(cardOrders);
        all.addAll(cashOrders);
        assertThat(flagged).containsExactlyElementsOf(all.stream().sorted().toList());
        assertThat(data.jdbc().sql("select details->>'orders' from audit_log where action = 'EVENT_CANCELLED' and entity_id = ?")
                .param(event).query(String.class).single()).isEqualTo("FLAG_FOR_FOLLOW_UP");
    }
}
