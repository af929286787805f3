package dev.tiketi.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.TestServer;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.CashSessionCloseRequest;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A day at the box office, made through the API for the reports and audit screens: a Seoul venue's show and a
 * standing show; the counter sells two seats for cash (김민지) and three standing tickets by card (박지우), the
 * kiosk one seat by card (이서준); the cash sale is refunded; the counter's drawer closes 1,000 short.
 */
public final class BooksWorld {
    public static final String COUNTER = "Counter 1";
    public static final String KIOSK = "kiosk-1";
    public static final String SHOW = "봄 콘서트";
    public static final String STANDING = "스탠딩";

    public final Api api = TestServer.api();
    public final String admin;
    public final String clerk;
    public final String kiosk;
    public final long show;
    public final long standing;
    public final OrderView counterCash;
    public final OrderView counterCard;
    public final OrderView kioskCard;
    public final long drawer;

    public BooksWorld() {
        TestServer.reset();
        admin = api.login("admin", IntegrationTest.PASSWORD);
        clerk = api.login("clerk", IntegrationTest.PASSWORD);
        kiosk = api.login("kiosk", IntegrationTest.PASSWORD);
        Sales sales = new Sales(api);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(new VenueRequest("예술의전당", "서울 서초구", Fixtures.smallVenue("x").sections(), "Asia/Seoul"));
        show = fixtures.publishedEvent(Fixtures.onSale(SHOW, venue));
        standing = fixtures.publishedEvent(Fixtures.ga(STANDING, 500));
        long gaTier = api.get("/api/events/" + standing, admin).body().get("tiers").get(0).get("id").asLong();
        List<Long> seats = new ArrayList<>(sales.seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).toList());

        drawer = sales.openCashSession(clerk, 100_000, COUNTER);
        Api.Res hold = sales.hold(show, HoldRequest.seats(seats.subList(0, 2)), clerk, COUNTER);
        counterCash = buy(hold, Tender.cash(hold.body().get("total").asLong()), "김민지", clerk, COUNTER);
        counterCard = buy(sales.hold(standing, HoldRequest.stock(gaTier, 3), clerk, COUNTER), Tender.card(Sales.CARD), "박지우",
                clerk, COUNTER);
        kioskCard = buy(sales.hold(show, HoldRequest.seats(seats.subList(5, 6)), kiosk, KIOSK), Tender.card(Sales.CARD), "이서준",
                kiosk, KIOSK);
        Api.Res refund = api.send("POST", "/api/orders/" + counterCash.id() + "/refund",
                Api.JSON.writeValueAsString(new RefundRequest(null, "고객 요청")), "application/json", clerk, Map.of(Headers.TERMINAL, COUNTER));
        assertThat(refund.status()).as(refund.raw()).isEqualTo(200);
        Api.Res closed = api.send("POST", "/api/cash-sessions/" + drawer + "/close",
                Api.JSON.writeValueAsString(new CashSessionCloseRequest(99_000L)), "application/json", clerk, Map.of(Headers.TERMINAL, COUNTER));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    }

    private OrderView buy(Api.Res hold, Tender tender, String customer, String token, String terminal) {
        assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
        Api.Res bought = api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new OrderRequest(
                        hold.body().get("holdId").asString(), PaymentRequest.of(tender), customer)), "application/json", token,
                Map.of(Headers.TERMINAL, terminal, Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
        assertThat(bought.status()).as(bought.raw()).isEqualTo(201);
        return bought.as(OrderView.class);
    }
}
