package dev.tiketi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's history: sales and a refund at known minutes (the test clock moved between them, which stamps the
 * tickets as the server does) give exact cumulative values per one-minute bucket, by channel and by tier, and the
 * last point is the figures of the snapshot and of the push.
 */
class SalesHistoryTest extends IntegrationTest {
    @Autowired
    SalesFiguresService service;

    private String admin;
    private Sales sales;
    private long event;
    private Map<String, Long> seat;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        sales = new Sales(api);
        seat = sales.seatIds(venue);
    }

    private SalesFigures snapshot() {
        Api.Res r = api.get("/api/admin/events/" + event + "/sales", admin);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.as(SalesFigures.class);
    }

    private OrderView sell(String token, String terminal, String... labels) {
        Api.Res hold = sales.holdSeats(event, token, terminal, java.util.Arrays.stream(labels).map(seat::get).toArray(Long[]::new));
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        Api.Res order = sales.buyByCard(hold.body().get("holdId").asString(), token, terminal);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return order.as(OrderView.class);
    }

    @Test
    void beforeTheFirstSaleThereIsNoHistory() {
        SalesFigures none = snapshot();
        assertThat(none.sold()).isZero();
        assertThat(none.history().points()).isEmpty();
        assertThat(none.history().bucketSeconds()).isEqualTo(60);
    }

    @Test
    void salesAndARefundAtKnownMinutesGiveExactBuckets() {
        // one second into a whole minute of the server's clock: each step below takes far less than the 59 left
        long nowMillis = TestClock.CLOCK.millis();
        long minute0 = Math.floorDiv(nowMillis, 60_000) + 1;
        TestClock.CLOCK.advance(Duration.ofMillis(minute0 * 60_000 + 1_000 - nowMillis));
        String clerk = api.login("clerk", PASSWORD);
        String kiosk = api.login("kiosk", PASSWORD);
        String customer = api.login("customer", PASSWORD);

        OrderView counter = sell(clerk, "Counter 1", "FLR-C-1", "FLR-C-2"); // minute 0: 2 x STD 50,000 at the counter
        TestClock.CLOCK.advance(Duration.ofMinutes(3));
        sell(kiosk, "Kiosk 1", "FLR-B-1"); // minute 3: VIP 100,000 at a kiosk
        TestClock.CLOCK.advance(Duration.ofMinutes(4));
        sell(customer, null, "FLR-C-3"); // minute 7: STD 50,000 online
        TestClock.CLOCK.advance(Duration.ofMinutes(2));
        long refunded = counter.tickets().stream().filter(t -> t.seatLabel().equals("FLR-C-2")).mapToLong(TicketView::id).findFirst()
                .orElseThrow();
        Api.Res refund = api.send("POST", "/api/orders/" + counter.id() + "/refund",
                Api.JSON.writeValueAsString(new RefundRequest(List.of(refunded), "changed plans")), "application/json", clerk,
                Map.of(Headers.TERMINAL, "Counter 1"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200); // minute 9: one of the counter's tickets back
        TestClock.CLOCK.advance(Duration.ofMinutes(3));

        SalesFigures snapshot = snapshot(); // minute 12
        SalesHistory history = snapshot.history();
        assertThat(history.bucketSeconds()).isEqualTo(60);
        List<String> expected = new ArrayList<>();
        expected.add("0/0 CLERK=0/0 KIOSK=0/0 ONLINE=0/0 | VIP=0/0 STD=0/0"); // the start of minute 0
        for (int minute = 0; minute <= 12; minute++) {
            expected.add(minute < 3 ? "2/100000 CLERK=2/100000 KIOSK=0/0 ONLINE=0/0 | VIP=0/0 STD=2/100000"
                    : minute < 7 ? "3/200000 CLERK=2/100000 KIOSK=1/100000 ONLINE=0/0 | VIP=1/100000 STD=2/100000"
                    : minute < 9 ? "4/250000 CLERK=2/100000 KIOSK=1/100000 ONLINE=1/50000 | VIP=1/100000 STD=3/150000"
                    : "3/200000 CLERK=1/50000 KIOSK=1/100000 ONLINE=1/50000 | VIP=1/100000 STD=2/100000");
        }
        assertThat(history.points()).extracting(SalesHistoryTest::describe).containsExactlyElementsOf(expected);

        List<Instant> at = history.points().stream().map(SalesHistory.Point::at).toList();
        assertThat(at.get(0)).isEqualTo(Instant.ofEpochSecond(minute0 * 60));
        for (int i = 1; i < at.size() - 1; i++) {
            assertThat(at.get(i)).as("end of minute %d", i - 1).isEqualTo(Instant.ofEpochSecond((minute0 + i) * 60));
        }
        assertThat(at.get(at.size() - 1)).isEqualTo(snapshot.at());

        SalesHistory.Point last = history.points().get(history.points().size() - 1);
        assertThat(last.sold()).isEqualTo(snapshot.sold()).isEqualTo(3);
        assertThat(last.revenue()).isEqualTo(snapshot.revenue()).isEqualTo(200_000);
        SalesFigures pushed = service.figures(event);
        assertThat(pushed.history()).isNull();
        assertThat(snapshot.byChannelAndTier()).isEqualTo(pushed.byChannelAndTier());
        assertThat(snapshot.sold()).isEqualTo(pushed.sold());
        assertThat(snapshot.revenue()).isEqualTo(pushed.revenue());
    }

    @Test
    void aLongSaleHasCoarserBuckets() {
        String clerk = api.login("clerk", PASSWORD);
        sell(clerk, "Counter 1", "FLR-C-1");
        TestClock.CLOCK.advance(Duration.ofHours(20));
        sell(clerk, "Counter 1", "FLR-C-2");
        SalesHistory history = snapshot().history();
        assertThat(history.bucketSeconds()).isEqualTo(15 * 60);
        assertThat(history.points()).hasSizeBetween(20 * 4 + 1, 20 * 4 + 3);
        assertThat(history.points().get(history.points().size() - 1).sold()).isEqualTo(2);
        assertThat(history.points().get(1).sold()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"PT0S, 60", "PT3H, 60", "PT3H1S, 300", "PT15H, 300", "PT24H, 900", "PT45H, 900", "PT46H, 3600", "P7D, 3600",
            "P8D, 21600", "P40D, 21600", "P100D, 86400", "P400D, 604800"})
    void theBucketKeepsAtMost180(Duration span, long seconds) {
        assertThat(SalesHistory.bucketFor(span).toSeconds()).isEqualTo(seconds);
    }

    private static String describe(SalesHistory.Point p) {
        return p.sold() + "/" + p.revenue() + " "
                + p.byChannel().stream().map(c -> c.channel() + "=" + c.sold() + "/" + c.revenue()).collect(Collectors.joining(" "))
                + " | " + p.byTier().stream().map(t -> t.tierCode() + "=" + t.sold() + "/" + t.revenue()).collect(Collectors.joining(" "));
    }
}
