package dev.tiketi.server.cash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.TenderTotals;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cash drawer is one clerk at one terminal (issue 14, item 11). Prices: VIP 100,000, STD 50,000 KRW. */
class CashDrawerTest extends IntegrationTest {
    private Sales sales;
    private String clerk;
    private long event;
    private Map<String, Long> seat;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
        long venue = fixtures.venue(Fixtures.smallVenue("예술의전당 콘서트홀"));
        event = fixtures.publishedEvent(Fixtures.onSale("신년 음악회", venue));
        seat = sales.seatIds(venue);
    }

    @Test
    void cashAtAnotherTerminalIsRefusedAndTheReportCountsOnlyItsOwnTerminalsSales() {
        long counter1 = sales.openCashSession(clerk, 100_000, "counter-1");
        HoldView atCounter2 = hold("counter-2", "FLR-C-1");

        Api.Res refused = sales.buyByCash(atCounter2.holdId(), 50_000, clerk, "counter-2");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CASH_SESSION_REQUIRED");
        assertThat(refused.body().get("detail").asString()).contains("counter-1").contains("counter-2");
        assertThat(data.count("customer_order")).isZero();
        assertThat(data.count("payment")).isZero();
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.HELD);
        assertThat(at("GET", "/api/holds/" + atCounter2.holdId(), null, "counter-2").status()).isEqualTo(200);

        // the same clerk by card at counter-2 (and its reprint): fine, and none of counter-1's drawer's business
        OrderView byCard = ok(sales.buyByCard(atCounter2.holdId(), clerk, "counter-2"));
        for (int print = 0; print < 2; print++) {
            assertThat(api.send("GET", "/api/orders/" + byCard.id() + "/tickets.pdf", null, null, clerk,
                    Map.of(Headers.TERMINAL, "counter-2", "Accept", "application/pdf")).status()).isEqualTo(200);
        }
        OrderView byCash = ok(sales.buyByCash(hold("counter-1", "FLR-A-2").holdId(), 120_000, clerk, "counter-1"));
        assertThat(byCash.payments().get(0).change()).isEqualTo(20_000);

        CashReport report = api.get("/api/cash-sessions/" + counter1 + "/report", clerk).as(CashReport.class);
        assertThat(report.terminal()).isEqualTo("counter-1");
        assertThat(report.expectedCash()).isEqualTo(100_000 + 100_000);
        assertThat(tender(report, TenderType.CASH)).isEqualTo(new TenderTotals(TenderType.CASH, 100_000, 1, 0, 0));
        assertThat(tender(report, TenderType.CARD)).isEqualTo(new TenderTotals(TenderType.CARD, 0, 0, 0, 0));
        assertThat(report.orders()).isEqualTo(1);
        assertThat(report.ticketsSold()).isEqualTo(1);
        assertThat(report.reprints()).isZero();
    }

    @Test
    void cashPaidBackComesOnlyFromADrawerOpenAtThatTerminal() {
        long counter1 = sales.openCashSession(clerk, 100_000, "counter-1");
        OrderView order = ok(sales.buyByCash(hold("counter-1", "FLR-A-2").holdId(), 100_000, clerk, "counter-1"));
        long ticket = order.tickets().get(0).id();

        Api.Res refund = at("POST", "/api/orders/" + order.id() + "/refund", new RefundRequest(null, "일정 변경"), "counter-2");
        assertThat(refund.status()).as(refund.toString()).isEqualTo(409);
        assertThat(refund.code()).isEqualTo("CASH_SESSION_REQUIRED");
        // an exchange into a cheaper seat would hand 50,000 back in cash: refused there too
        HoldView cheaper = hold("counter-2", "FLR-C-1");
        Api.Res exchange = at("POST", "/api/orders/" + order.id() + "/exchange", new ExchangeRequest(ticket, cheaper.holdId(), null),
                "counter-2");
        assertThat(exchange.status()).as(exchange.toString()).isEqualTo(409);
        assertThat(exchange.code()).isEqualTo("CASH_SESSION_REQUIRED");
        assertThat(api.get("/api/orders/" + order.id(), clerk).as(OrderView.class).state()).isEqualTo(OrderState.PAID);
        assertThat(data.count("payment")).isEqualTo(1);
        assertThat(data.count("ticket")).isEqualTo(1);
        assertThat(sales.statuses(event).get(seat.get("FLR-A-2"))).isEqualTo(SeatStatus.SOLD);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.HELD);

        // counter-2 gets its own drawer; the change comes out of it, not out of counter-1's
        long counter2 = sales.openCashSession(clerk, 50_000, "counter-2");
        assertThat(counter2).isNotEqualTo(counter1);
        assertThat(at("POST", "/api/cash-sessions", Map.of("openingFloat", 1), "counter-2").code()).isEqualTo("CASH_SESSION_ALREADY_OPEN");
        assertThat(at("GET", "/api/cash-sessions/current", null, "counter-1").body().get("id").asLong()).isEqualTo(counter1);
        assertThat(at("GET", "/api/cash-sessions/current", null, "counter-2").body().get("id").asLong()).isEqualTo(counter2);
        Api.Res done = at("POST", "/api/orders/" + order.id() + "/exchange", new ExchangeRequest(ticket, cheaper.holdId(), null),
                "counter-2");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        CashReport two = api.get("/api/cash-sessions/" + counter2 + "/report", clerk).as(CashReport.class);
        assertThat(two.expectedCash()).isZero();
        assertThat(tender(two, TenderType.CASH)).isEqualTo(new TenderTotals(TenderType.CASH, 0, 0, 50_000, 1));
        CashReport one = api.get("/api/cash-sessions/" + counter1 + "/report", clerk).as(CashReport.class);
        assertThat(one.expectedCash()).isEqualTo(200_000);
        assertThat(tender(one, TenderType.CASH)).isEqualTo(new TenderTotals(TenderType.CASH, 100_000, 1, 0, 0));
    }

    private HoldView hold(String terminal, String... labels) {
        Api.Res r = sales.holdSeats(event, clerk, terminal, java.util.Arrays.stream(labels).map(seat::get).toArray(Long[]::new));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    private Api.Res at(String method, String path, Object body, String terminal) {
        return api.send(method, path, body == null ? null : Api.JSON.writeValueAsString(body), body == null ? null : "application/json",
                clerk, Map.of(Headers.TERMINAL, terminal));
    }

    private static OrderView ok(Api.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(OrderView.class);
    }

    private static TenderTotals tender(CashReport report, TenderType tender) {
        return report.byTender().stream().filter(t -> t.tender() == tender).findFirst().orElseThrow();
    }
}
