package dev.tiketi.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.CashTotals;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.admin.SalesReportRow;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Reports add up to the orders exactly: a random mix of counter, kiosk and online sales over three days, cash and
 * card, partial and whole refunds and exchanges, Korean names, a venue in Seoul; then every sum of the report is
 * checked against the tables it was made from, and the CSV against the JSON.
 */
class ReportsApiTest extends IntegrationTest {
    private static final List<String> NAMES = List.of("김민지", "이서준", "박지우", "최하은", "정도윤", "O'Brien, \"Pat\"");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private String admin;
    private String clerk;
    private Sales sales;

    @Test
    void salesRefundsAndExchangesReconcileWithTheOrdersExactly() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        String customer = api.login("customer", PASSWORD);
        String kiosk = api.login("kiosk", PASSWORD);
        sales = new Sales(api);
        Fixtures fixtures = new Fixtures(api, admin);
        VenueRequest seoul = new VenueRequest("예술의전당", "서울 서초구", Fixtures.smallVenue("x").sections(), "Asia/Seoul");
        long venue = fixtures.venue(seoul);
        long reserved = fixtures.publishedEvent(Fixtures.onSale("봄 콘서트", venue));
        long ga = fixtures.publishedEvent(Fixtures.ga("스탠딩", 500));
        long gaTier = api.get("/api/events/" + ga, admin).body().get("tiers").get(0).get("id").asLong();
        List<Long> freeSeats = new ArrayList<>(sales.seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).toList());
        List<OrderView> orders = new ArrayList<>();

        sales.openCashSession(clerk, 100_000, "Counter 1");
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < 8; i++) {
                String[] who = random.nextInt(3) == 0 ? new String[] {customer, null} : random.nextBoolean()
                        ? new String[] {kiosk, "kiosk-" + random.nextInt(2)} : new String[] {clerk, "Counter 1"};
                int n = 1 + random.nextInt(3);
                Api.Res hold = random.nextBoolean() && freeSeats.size() > n
                        ? sales.hold(reserved, HoldRequest.seats(take(freeSeats, n)), who[0], who[1])
                        : sales.hold(ga, HoldRequest.stock(gaTier, n), who[0], who[1]);
                if (hold.status() != 201) {
                    assertThat(hold.code()).as("seed %d: %s", seed, hold).isEqualTo("HOLD_LIMIT_EXCEEDED");
                    continue;
                }
                long total = hold.body().get("total").asLong();
                Tender tender = who[0].equals(clerk) && random.nextBoolean() ? Tender.cash(total + random.nextInt(3) * 10_000)
                        : Tender.card(Sales.CARD);
                Api.Res bought = api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new OrderRequest(
                                hold.body().get("holdId").asString(), PaymentRequest.of(tender), NAMES.get(random.nextInt(NAMES.size())))),
                        "application/json", who[0], headers(who[1], UUID.randomUUID().toString()));
                assertThat(bought.status()).as("seed %d: %s", seed, bought).isEqualTo(201);
                orders.add(bought.as(OrderView.class));
            }
            refundSome(orders);
            exchangeOne(orders, reserved, freeSeats);
            TestClock.CLOCK.advance(Duration.ofHours(20 + random.nextInt(8)));
        }

        SalesReport report = get("/api/admin/reports/sales", SalesReport.class);
        long ordersTotal = sum("select coalesce(sum(total), 0) from customer_order");
        assertThat(report.totals().net()).as("seed %d", seed).isEqualTo(ordersTotal);
        assertThat(report.totals().net()).isEqualTo(sum("select coalesce(sum(amount) filter (where kind = 'SALE'), 0) "
                + "- coalesce(sum(amount) filter (where kind = 'REFUND'), 0) from payment"));
        assertThat(report.totals().sold()).isEqualTo((int) data.count("ticket"));
        assertThat(report.totals().soldAmount()).isEqualTo(sum("select coalesce(sum(price), 0) from ticket"));
        assertThat(report.totals().refunded()).isEqualTo((int) data.count("ticket where state = 'REFUNDED'"));
        assertThat(report.totals().exchanged()).isEqualTo((int) data.count("ticket where state = 'EXCHANGED'"));
        Map<Channel, Long> netByChannel = new EnumMap<>(Channel.class);
        report.rows().forEach(r -> netByChannel.merge(r.channel(), r.net(), Long::sum));
        for (Channel channel : Channel.values()) {
            assertThat(netByChannel.getOrDefault(channel, 0L)).as("seed %d, %s", seed, channel).isEqualTo(
                    sum("select coalesce(sum(price), 0) from ticket where state = 'VALID' and channel = '" + channel + "'"));
        }
        // the channel filter counts only that channel's tickets; two channels are the sum of each
        Map<Channel, SalesReport> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            SalesReport only = get("/api/admin/reports/sales" + new ReportQuery(null, null, null, null, null, null, null,
                    List.of(channel), null).toQueryString(), SalesReport.class);
            byChannel.put(channel, only);
            assertThat(only.rows()).as("seed %d", seed).allMatch(r -> r.channel() == channel);
            assertThat(only.totals().net()).as("seed %d, %s", seed, channel).isEqualTo(netByChannel.getOrDefault(channel, 0L));
            assertThat(only.totals().sold()).isEqualTo((int) data.count("ticket where channel = '" + channel + "'"));
            assertThat(get("/api/admin/reports/refunds" + ReportQuery.days(null, null).withChannels(List.of(channel))
                    .toQueryString(), RefundReport.class).amount()).isEqualTo(only.totals().refundedAmount());
            assertThat(csv("/api/admin/reports/sales.csv" + ReportQuery.days(null, null).withChannels(List.of(channel))
                    .toQueryString())).hasSize(only.rows().size() + 1);
        }
        SalesReport counterAndKiosk = get("/api/admin/reports/sales" + ReportQuery.days(null, null)
                .withChannels(List.of(Channel.CLERK, Channel.KIOSK)).toQueryString(), SalesReport.class);
        assertThat(counterAndKiosk.totals().net()).isEqualTo(byChannel.get(Channel.CLERK).totals().net()
                + byChannel.get(Channel.KIOSK).totals().net());
        SalesReport gaOnly = get("/api/admin/reports/sales" + ReportQuery.days(null, null).withTier(gaTier).toQueryString(),
                SalesReport.class);
        assertThat(gaOnly.rows()).allMatch(r -> r.tierId() == gaTier);
        assertThat(gaOnly.totals().net()).isEqualTo(sum("select coalesce(sum(price), 0) from ticket where state = 'VALID' and tier_id = " + gaTier));
        // days are the venue's: each reserved ticket falls on its Seoul day, each GA ticket (no venue) on the server's
        Map<LocalDate, Long> soldPerDay = report.rows().stream().filter(r -> r.eventId() == reserved)
                .collect(Collectors.groupingBy(SalesReportRow::day, Collectors.summingLong(SalesReportRow::sold)));
        Map<LocalDate, Long> expected = data.jdbc().sql("select created_at from ticket where event_id = ?").param(reserved)
                .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(SEOUL).toLocalDate()).list().stream()
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        assertThat(soldPerDay).isEqualTo(expected);

        RefundReport refunds = get("/api/admin/reports/refunds", RefundReport.class);
        assertThat(refunds.amount()).isEqualTo(report.totals().refundedAmount());
        assertThat(refunds.tickets()).isEqualTo(report.totals().refunded());
        refunds.rows().forEach(r -> assertThat(r.cardAmount() + r.cashAmount()).as("seed %d: %s", seed, r).isEqualTo(r.amount()));
        ExchangeReport exchanges = get("/api/admin/reports/exchanges", ExchangeReport.class);
        assertThat(exchanges.rows()).hasSize(report.totals().exchanged());
        assertThat(exchanges.rows().stream().mapToLong(r -> r.fromPrice()).sum()).isEqualTo(report.totals().exchangedAmount());

        // a range is the sum of its days
        LocalDate first = report.rows().get(0).day();
        LocalDate last = report.rows().get(report.rows().size() - 1).day();
        long perDay = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            perDay += get("/api/admin/reports/sales" + ReportQuery.days(d, d).toQueryString(), SalesReport.class).totals().net();
        }
        assertThat(perDay).isEqualTo(ordersTotal);

        List<CSVRecord> csv = csv("/api/admin/reports/sales.csv");
        CSVRecord total = csv.get(csv.size() - 1);
        assertThat(total.get("day")).isEqualTo("total");
        assertThat(Long.parseLong(total.get("net"))).isEqualTo(ordersTotal);
        assertThat(csv).hasSize(report.rows().size() + 1);
        assertThat(csv.get(0).get("event")).isIn("봄 콘서트", "스탠딩");
        List<CSVRecord> refundCsv = csv("/api/admin/reports/refunds.csv");
        assertThat(Long.parseLong(refundCsv.get(refundCsv.size() - 1).get("amount"))).isEqualTo(refunds.amount());
        assertThat(csv("/api/admin/reports/exchanges.csv")).hasSize(exchanges.rows().size() + 1);
    }

    @Test
    void endOfDayHasEveryDrawerOfTheDayWithItsVariance() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        sales = new Sales(api);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        Map<String, Long> seats = sales.seatIds(venue);
        long c1 = sales.openCashSession(clerk, 50_000, "Counter 1");
        long c2 = sales.openCashSession(clerk, 20_000, "Counter 2");
        sales.openCashSession(admin, 10_000, "Counter 3");
        String hold = sales.holdSeats(event, clerk, "Counter 1", seats.get("FLR-C-1")).body().get("holdId").asString();
        assertThat(sales.buyByCash(hold, 60_000, clerk, "Counter 1").status()).isEqualTo(201);
        hold = sales.holdSeats(event, clerk, "Counter 2", seats.get("FLR-C-2")).body().get("holdId").asString();
        assertThat(sales.buyByCard(hold, clerk, "Counter 2").status()).isEqualTo(201);
        // counter 1 expects 50,000 + 50,000 and is 1,000 short; counter 2 is 500 over; counter 3 stays open
        assertThat(api.post("/api/cash-sessions/" + c1 + "/close", Map.of("countedCash", 99_000), clerk).status()).isEqualTo(200);
        assertThat(api.post("/api/cash-sessions/" + c2 + "/close", Map.of("countedCash", 20_500), clerk).status()).isEqualTo(200);

        EndOfDayReport day = get("/api/admin/reports/end-of-day", EndOfDayReport.class);
        assertThat(day.sessions()).hasSize(3);
        assertThat(day.total()).isEqualTo(new CashTotals("all", 3, 1, 80_000, 130_000, 119_500, -500, 50_000, 0, 50_000, 0));
        assertThat(day.byClerk()).extracting(CashTotals::name, CashTotals::sessions, CashTotals::variance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", 1, 0L), org.assertj.core.groups.Tuple.tuple("clerk", 2, -500L));
        assertThat(day.byTerminal()).extracting(CashTotals::name, CashTotals::variance).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Counter 1", -1_000L), org.assertj.core.groups.Tuple.tuple("Counter 2", 500L),
                org.assertj.core.groups.Tuple.tuple("Counter 3", 0L));
        assertThat(day.sales().net()).isEqualTo(100_000);
        assertThat(get("/api/admin/reports/end-of-day?date=" + LocalDate.now(ZoneId.systemDefault()).minusDays(1),
                EndOfDayReport.class).sessions()).isEmpty();
        List<CSVRecord> csv = csv("/api/admin/reports/end-of-day.csv");
        assertThat(csv).hasSize(3 + 2 + 3 + 1);
        assertThat(csv.get(csv.size() - 1).get("variance")).isEqualTo("-500");

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(get("/api/admin/reports/cash-sessions" + new ReportQuery(today, today, null, null, null, "CLERK", "Counter 2", null, null)
                .toQueryString(), dev.tiketi.model.admin.CashSessionsReport.class).sessions())
                .extracting(s -> s.sessionId()).containsExactly(c2);
    }

    private <T> T get(String path, Class<T> type) {
        Api.Res r = api.get(path, admin);
        assertThat(r.status()).as("seed %d: %s %s", seed, path, r.raw()).isEqualTo(200);
        return r.as(type);
    }

    private List<CSVRecord> csv(String path) {
        Api.Res r = api.send("GET", path, null, null, admin, Map.of("Accept", "text/csv"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.raw()).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(r.raw().substring(1))).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long sum(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }

    private void refundSome(List<OrderView> orders) {
        for (int i = 0; i < 3; i++) {
            OrderView order = orders.get(random.nextInt(orders.size()));
            List<Long> valid = fresh(order).tickets().stream().filter(t -> t.state() == TicketState.VALID).map(TicketView::id).toList();
            if (valid.isEmpty()) {
                continue;
            }
            List<Long> chosen = random.nextBoolean() ? null : valid.subList(0, 1 + random.nextInt(valid.size()));
            Api.Res r = api.send("POST", "/api/orders/" + order.id() + "/refund", Api.JSON.writeValueAsString(
                    new RefundRequest(chosen, "고객 요청")), "application/json", clerk, headers("Counter 1", null));
            assertThat(r.status()).as("seed %d: %s", seed, r).isEqualTo(200);
        }
    }

    /** A valid reserved ticket moved to a free seat of the same or a lower price (any difference goes back). */
    private void exchangeOne(List<OrderView> orders, long event, List<Long> freeSeats) {
        for (OrderView order : orders) {
            TicketView old = fresh(order).tickets().stream()
                    .filter(t -> t.state() == TicketState.VALID && t.seatId() != null && t.price() >= 30_000).findFirst().orElse(null);
            if (old == null || order.channel() != Channel.CLERK || freeSeats.isEmpty()) {
                continue;
            }
            // the balcony (cheapest) is at the end of the list
            for (Long seat : reversed(freeSeats)) {
                Api.Res hold = sales.hold(event, HoldRequest.seats(List.of(seat)), clerk, "Counter 1");
                if (hold.status() == 201 && hold.body().get("total").asLong() <= old.price()) {
                    freeSeats.remove(seat);
                    Api.Res r = api.send("POST", "/api/orders/" + order.id() + "/exchange", Api.JSON.writeValueAsString(
                            new ExchangeRequest(old.id(), hold.body().get("holdId").asString(), null)), "application/json", clerk,
                            headers("Counter 1", null));
                    assertThat(r.status()).as("seed %d: %s", seed, r).isEqualTo(200);
                    return;
                }
                if (hold.status() == 201) {
                    api.send("DELETE", "/api/holds/" + hold.body().get("holdId").asString(), null, null, clerk, headers("Counter 1", null));
                }
            }
        }
    }

    private static List<Long> reversed(List<Long> list) {
        List<Long> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private OrderView fresh(OrderView order) {
        return api.get("/api/orders/" + order.id(), admin).as(OrderView.class);
    }

    private static List<Long> take(List<Long> free, int n) {
        List<Long> out = new ArrayList<>(free.subList(0, n));
        free.subList(0, n).clear();
        return out;
    }

    private static Map<String, String> headers(String terminal, String key) {
        Map<String, String> h = new HashMap<>();
        if (terminal != null) {
            h.put(Headers.TERMINAL, terminal);
        }
        if (key != null) {
            h.put(Headers.IDEMPOTENCY_KEY, key);
        }
        return h;
    }
}
