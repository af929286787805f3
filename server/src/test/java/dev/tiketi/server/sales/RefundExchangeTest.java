package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.ExchangeResult;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TenderTotals;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.payments.SimulatedPaymentTerminal;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RefundExchangeTest extends IntegrationTest {
    private static final Map<String, String> AT_C1 = Map.of(Headers.TERMINAL, "c1");

    @Autowired
    SimulatedPaymentTerminal terminal;

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
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seat = sales.seatIds(venue);
    }

    private HoldView hold(String token, String terminal, String... labels) {
        Api.Res r = sales.holdSeats(event, token, terminal, java.util.Arrays.stream(labels).map(seat::get).toArray(Long[]::new));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    private OrderView refund(long orderId, List<Long> tickets) {
        Api.Res r = api.send("POST", "/api/orders/" + orderId + "/refund",
                Api.JSON.writeValueAsString(new RefundRequest(tickets, "changed plans")), "application/json", clerk, AT_C1);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.as(OrderView.class);
    }

    @Test
    void aRefundedSeatCanBeSoldAgainAtOnce() {
        long charged = terminal.netCharged();
        OrderView order = sales.buyByCard(hold(customer, null, "FLR-C-1").holdId(), customer, null).as(OrderView.class);
        OrderView refunded = refund(order.id(), null);
        assertThat(refunded.state()).isEqualTo(OrderState.REFUNDED);
        assertThat(refunded.total()).isZero();
        assertThat(refunded.paid()).isZero();
        assertThat(refunded.tickets()).extracting(TicketView::state).containsExactly(TicketState.REFUNDED);
        assertThat(refunded.payments()).extracting(PaymentView::refund).containsExactly(false, true);
        assertThat(terminal.netCharged()).as("the card got its money back").isEqualTo(charged);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(data.count("sold_seat")).isZero();

        OrderView resold = sales.buyByCard(hold(clerk, "c1", "FLR-C-1").holdId(), clerk, "c1").as(OrderView.class);
        assertThat(resold.tickets().get(0).seatLabel()).isEqualTo("FLR-C-1");
        assertThat(data.count("ticket where seat_id = " + seat.get("FLR-C-1"))).isEqualTo(2);
        assertThat(data.count("ticket where seat_id = " + seat.get("FLR-C-1") + " and state = 'VALID'")).isEqualTo(1);
        // a refunded order stays refunded
        Api.Res again = api.post("/api/orders/" + order.id() + "/refund", new RefundRequest(null, null), clerk);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORDER_STATE_CONFLICT");
        assertThat(data.count("audit_log where action = 'ORDER_REFUNDED'")).isEqualTo(1);
    }

    @Test
    void aPartialRefundReturnsOnlyTheChosenTicketsToTheOriginalTenders() {
        sales.openCashSession(clerk, 0, "c1");
        HoldView hold = hold(clerk, "c1", "FLR-A-2", "FLR-C-1", "FLR-C-2");
        OrderView order = sales.buy(hold.holdId(), PaymentRequest.of(new Tender(TenderType.CASH, 120_000L, 120_000L, null),
                new Tender(TenderType.CARD, 80_000L, null, Sales.CARD)), clerk, "c1", "split-refund-1").as(OrderView.class);
        long vip = order.tickets().stream().filter(t -> t.tierCode().equals("VIP")).findFirst().orElseThrow().id();
        OrderView partly = refund(order.id(), List.of(vip));
        assertThat(partly.state()).isEqualTo(OrderState.PARTIALLY_REFUNDED);
        assertThat(partly.total()).isEqualTo(100_000);
        assertThat(partly.paid()).isEqualTo(100_000);
        // card first: 80,000 back to the card, 20,000 in cash
        List<PaymentView> refunds = partly.payments().stream().filter(PaymentView::refund).toList();
        assertThat(refunds).extracting(PaymentView::tender, PaymentView::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderType.CARD, 80_000L),
                        org.assertj.core.groups.Tuple.tuple(TenderType.CASH, 20_000L));
        Api.Res twice = api.post("/api/orders/" + order.id() + "/refund", new RefundRequest(List.of(vip), null), clerk);
        assertThat(twice.code()).isEqualTo("TICKET_NOT_REFUNDABLE");
        Api.Res foreign = api.post("/api/orders/" + order.id() + "/refund", new RefundRequest(List.of(999_999L), null), clerk);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(sales.statuses(event).get(seat.get("FLR-A-2"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.SOLD);
        OrderView rest = refund(order.id(), null);
        assertThat(rest.state()).isEqualTo(OrderState.REFUNDED);
        assertThat(rest.paid()).isZero();
    }

    @Test
    void exchangingToADearerSeatChargesTheDifferenceAndFreesTheOldSeat() {
        sales.openCashSession(clerk, 0, "c1");
        OrderView order = sales.buyByCash(hold(clerk, "c1", "FLR-C-1").holdId(), 50_000, clerk, "c1").as(OrderView.class);
        HoldView vip = hold(clerk, "c1", "FLR-A-5");
        long old = order.tickets().get(0).id();
        Api.Res noPayment = api.send("POST", "/api/orders/" + order.id() + "/exchange",
                Api.JSON.writeValueAsString(new ExchangeRequest(old, vip.holdId(), null)), "application/json", clerk,
                Map.of("X-Tiketi-Terminal", "c1"));
        assertThat(noPayment.status()).isEqualTo(422);
        Api.Res r = api.send("POST", "/api/orders/" + order.id() + "/exchange",
                Api.JSON.writeValueAsString(new ExchangeRequest(old, vip.holdId(), PaymentRequest.of(Tender.cash(60_000)))),
                "application/json", clerk, Map.of("X-Tiketi-Terminal", "c1"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        ExchangeResult result = r.as(ExchangeResult.class);
        assertThat(result.difference()).isEqualTo(50_000);
        assertThat(result.newTicket().seatLabel()).isEqualTo("FLR-A-5");
        assertThat(result.order().state()).isEqualTo(OrderState.EXCHANGED);
        assertThat(result.order().total()).isEqualTo(100_000);
        assertThat(result.order().paid()).isEqualTo(100_000);
        assertThat(result.order().tickets()).extracting(TicketView::state).containsExactly(TicketState.EXCHANGED, TicketState.VALID);
        var statuses = sales.statuses(event);
        assertThat(statuses.get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(statuses.get(seat.get("FLR-A-5"))).isEqualTo(SeatStatus.SOLD);
        assertThat(data.count("audit_log where action = 'TICKET_EXCHANGED'")).isEqualTo(1);
        // the old ticket cannot be exchanged or refunded again
        HoldView another = hold(clerk, "c1", "FLR-C-9");
        Api.Res again = api.send("POST", "/api/orders/" + order.id() + "/exchange",
                Api.JSON.writeValueAsString(new ExchangeRequest(old, another.holdId(), null)), "application/json", clerk,
                Map.of("X-Tiketi-Terminal", "c1"));
        assertThat(again.code()).isEqualTo("TICKET_NOT_REFUNDABLE");
    }

    @Test
    void exchangingToACheaperTicketOfAnotherEventRefundsTheDifference() {
        long charged = terminal.netCharged();
        OrderView order = sales.buyByCard(hold(clerk, "c1", "FLR-A-2").holdId(), clerk, "c1").as(OrderView.class);
        long ga = fixtures.publishedEvent(Fixtures.ga("Festival", 10));
        long tier = api.get("/api/events/" + ga, null).body().get("tiers").get(0).get("id").asLong();
        HoldView unit = sales.hold(ga, HoldRequest.stock(tier, 1), clerk, "c1").as(HoldView.class);
        Api.Res r = api.send("POST", "/api/orders/" + order.id() + "/exchange",
                Api.JSON.writeValueAsString(new ExchangeRequest(order.tickets().get(0).id(), unit.holdId(), null)),
                "application/json", clerk, Map.of("X-Tiketi-Terminal", "c1"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        ExchangeResult result = r.as(ExchangeResult.class);
        assertThat(result.difference()).isEqualTo(-80_000);
        assertThat(result.newTicket().eventId()).isEqualTo(ga);
        assertThat(result.newTicket().seatLabel()).isNull();
        assertThat(result.order().paid()).isEqualTo(20_000);
        assertThat(terminal.netCharged() - charged).isEqualTo(20_000);
        assertThat(sales.stock(ga).tiers().get(0).sold()).isEqualTo(1);
        assertThat(sales.statuses(event).get(seat.get("FLR-A-2"))).isEqualTo(SeatStatus.AVAILABLE);
        // it is found under both events, and its ticket prints with its own event
        assertThat(api.get("/api/orders?event=" + ga, clerk).body().get("total").asLong()).isEqualTo(1);
        try {
            com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(api.bytes("/api/orders/" + order.id() + "/tickets.pdf", clerk));
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1)).contains("Festival")
                    .contains("General admission");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refundsGoBackToEachCardThatPaid() {
        long charged = terminal.netCharged();
        OrderView order = sales.buyByCard(hold(clerk, "c1", "FLR-C-1").holdId(), clerk, "c1").as(OrderView.class);
        HoldView vip = hold(clerk, "c1", "FLR-A-5");
        Api.Res exchanged = api.send("POST", "/api/orders/" + order.id() + "/exchange",
                Api.JSON.writeValueAsString(new ExchangeRequest(order.tickets().get(0).id(), vip.holdId(),
                        PaymentRequest.of(Tender.card("5555555555554444")))), "application/json", clerk, Map.of("X-Tiketi-Terminal", "c1"));
        assertThat(exchanged.status()).as(exchanged.toString()).isEqualTo(200);
        assertThat(terminal.netCharged() - charged).isEqualTo(100_000);
        OrderView refunded = refund(order.id(), null);
        assertThat(refunded.paid()).isZero();
        // 50,000 back to each card: the second card first, and neither gets more than it paid
        assertThat(refunded.payments().stream().filter(PaymentView::refund).map(PaymentView::amount).toList())
                .containsExactly(50_000L, 50_000L);
        assertThat(terminal.netCharged()).isEqualTo(charged);
    }

    @Test
    void aGaCapacityCanChangeAroundWhatIsSoldButNotBelowIt() {
        dev.tiketi.model.catalog.EventRequest festival = Fixtures.ga("Festival", 10);
        long ga = fixtures.publishedEvent(festival);
        long tier = api.get("/api/events/" + ga, null).body().get("tiers").get(0).get("id").asLong();
        OrderView first = sales.buyByCard(sales.hold(ga, HoldRequest.stock(tier, 1), clerk, "c1").as(HoldView.class).holdId(), clerk, "c1")
                .as(OrderView.class);
        sales.buyByCard(sales.hold(ga, HoldRequest.stock(tier, 2), clerk, "c1").as(HoldView.class).holdId(), clerk, "c1");
        refund(first.id(), null); // unit 1 is free again; units 2 and 3 are sold
        java.util.function.IntFunction<Api.Res> capacity = n -> api.put("/api/admin/events/" + ga,
                new dev.tiketi.model.catalog.EventRequest(festival.name(), null, festival.kind(), null, festival.startsAt(),
                        festival.saleOpensAt(), festival.saleClosesAt(),
                        List.of(new dev.tiketi.model.catalog.TierSpec("GEN", "General", 20_000, n)), null, null, null, null), admin);
        assertThat(capacity.apply(2).status()).as("2 sold fit a capacity of 2").isEqualTo(200);
        assertThat(data.count("ga_unit")).isEqualTo(2);
        assertThat(sales.stock(ga).tiers().get(0)).satisfies(t -> {
            assertThat(t.capacity()).isEqualTo(2);
            assertThat(t.available()).isZero();
        });
        Api.Res below = capacity.apply(1);
        assertThat(below.status()).isEqualTo(409);
        assertThat(below.code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(capacity.apply(5).status()).isEqualTo(200);
        assertThat(data.count("ga_unit")).isEqualTo(5);
        assertThat(data.jdbc().sql("select count(distinct unit_no) from ga_unit").query(Long.class).single()).isEqualTo(5);
        assertThat(sales.stock(ga).tiers().get(0).available()).isEqualTo(3);
        List<Api.Res> buys = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api.Res h = sales.hold(ga, HoldRequest.stock(tier, 1), clerk, "c1");
            buys.add(h.status() == 201 ? sales.buyByCard(h.body().get("holdId").asString(), clerk, "c1") : h);
        }
        assertThat(buys).extracting(Api.Res::status).containsExactly(201, 201, 201, 409);
        assertThat(data.count("ticket where state = 'VALID'")).isEqualTo(5);
    }

    @Test
    void theCashUpReportMatchesTheOrders() {
        sales.openCashSession(clerk, 100_000, "c1");
        assertThat(api.send("POST", "/api/cash-sessions", "{\"openingFloat\":5}", "application/json", clerk, AT_C1).code())
                .isEqualTo("CASH_SESSION_ALREADY_OPEN");
        OrderView cash1 = sales.buyByCash(hold(clerk, "c1", "FLR-C-1", "FLR-C-2").holdId(), 100_000, clerk, "c1").as(OrderView.class);
        sales.buyByCash(hold(clerk, "c1", "FLR-A-2").holdId(), 150_000, clerk, "c1"); // 50,000 change
        sales.buyByCard(hold(clerk, "c1", "FLR-A-3").holdId(), clerk, "c1");
        sales.buy(hold(clerk, "c1", "FLR-D-1").holdId(), PaymentRequest.of(new Tender(TenderType.CASH, 20_000L, 20_000L, null),
                new Tender(TenderType.CARD, 30_000L, null, Sales.CARD)), clerk, "c1", "cashup-split-1");
        sales.buyByCard(hold(clerk, "c1", "FLR-D-2").holdId(), clerk, "c1");
        Api.Res declined = sales.buy(hold(clerk, "c1", "FLR-D-3").holdId(), PaymentRequest.of(Tender.card(SimulatedPaymentTerminal.DECLINE)),
                clerk, "c1", "cashup-decline-1");
        assertThat(declined.code()).isEqualTo("PAYMENT_DECLINED");
        refund(cash1.id(), List.of(cash1.tickets().get(0).id()));
        for (int print = 0; print < 2; print++) {
            assertThat(api.send("GET", "/api/orders/" + cash1.id() + "/tickets.pdf", null, null, clerk,
                    Map.of(Headers.TERMINAL, "c1", "Accept", "application/pdf")).status()).isEqualTo(200);
        }

        long sessionId = api.send("GET", "/api/cash-sessions/current", null, null, clerk, AT_C1).body().get("id").asLong();
        // cash in: 100,000 + 100,000 + 20,000; cash out: 50,000 refund
        CashReport open = api.get("/api/cash-sessions/" + sessionId + "/report", clerk).as(CashReport.class);
        assertThat(open.expectedCash()).isEqualTo(100_000 + 100_000 + 100_000 + 20_000 - 50_000);
        assertThat(open.countedCash()).isNull();
        Api.Res closed = api.post("/api/cash-sessions/" + sessionId + "/close", Map.of("countedCash", 265_000), clerk);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        CashReport report = closed.as(CashReport.class);
        assertThat(report.expectedCash()).isEqualTo(270_000);
        assertThat(report.countedCash()).isEqualTo(265_000);
        assertThat(report.variance()).isEqualTo(-5_000);
        TenderTotals cash = report.byTender().stream().filter(t -> t.tender() == TenderType.CASH).findFirst().orElseThrow();
        TenderTotals card = report.byTender().stream().filter(t -> t.tender() == TenderType.CARD).findFirst().orElseThrow();
        assertThat(cash.sales()).isEqualTo(220_000);
        assertThat(cash.salesCount()).isEqualTo(3);
        assertThat(cash.refunds()).isEqualTo(50_000);
        assertThat(card.sales()).isEqualTo(100_000 + 30_000 + 50_000);
        assertThat(card.refunds()).isZero();
        assertThat(report.orders()).isEqualTo(5);
        assertThat(report.ticketsSold()).isEqualTo(6);
        assertThat(report.ticketsRefunded()).isEqualTo(1);
        assertThat(report.voids()).isEqualTo(1);
        assertThat(report.reprints()).isEqualTo(1);
        // the same numbers straight from the orders
        long fromOrders = data.jdbc().sql("select sum(total) from customer_order where cash_session_id = ?").param(sessionId)
                .query(Long.class).single();
        assertThat(cash.sales() - cash.refunds() + card.sales() - card.refunds()).isEqualTo(fromOrders);
        assertThat(api.post("/api/cash-sessions/" + sessionId + "/close", Map.of("countedCash", 1), clerk).code())
                .isEqualTo("CASH_SESSION_CLOSED");
        String otherClerk = otherClerk();
        assertThat(api.get("/api/cash-sessions/" + sessionId + "/report", otherClerk).code()).isEqualTo("CASH_SESSION_NOT_FOUND");
        assertThat(api.get("/api/cash-sessions/" + sessionId + "/report", admin).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/cash-sessions/current", null, null, clerk, AT_C1).code()).isEqualTo("CASH_SESSION_NOT_FOUND");
    }

    private String otherClerk() {
        Api.Res r = api.post("/api/admin/users", Map.of("username", "clerk2", "password", PASSWORD, "displayName", "Clerk Two",
                "role", "CLERK"), admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return api.login("clerk2", PASSWORD);
    }
}
