package dev.tiketi.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.AuditAction;
import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.admin.AuditQuery;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** The admin's audit log: what it records (sign-ins, refunds, reprints, forced releases, queue changes) and its filters. */
class AuditLogApiTest extends IntegrationTest {
    private static final Map<String, String> COUNTER_1 = Map.of(Headers.TERMINAL, "Counter 1");

    private String admin;
    private String clerk;
    private long event;
    private long otherEvent;
    private Instant start;

    @BeforeEach
    void aDayAtTheBoxOffice() {
        start = Instant.now().minusSeconds(1);
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("세종홀"));
        event = fixtures.publishedEvent(Fixtures.onSale("봄 콘서트", venue));
        otherEvent = fixtures.publishedEvent(Fixtures.onSale("Other", venue));
        Sales sales = new Sales(api);
        Map<String, Long> seats = sales.seatIds(venue);

        String holdId = send("POST", "/api/events/" + event + "/holds", "{\"seatIds\":[" + seats.get("FLR-C-1") + "]}", clerk, COUNTER_1)
                .body().get("holdId").asString();
        long order = sales.buy(holdId, dev.tiketi.model.sales.PaymentRequest.of(dev.tiketi.model.sales.Tender.card(Sales.CARD)),
                clerk, "Counter 1", "key-audit-1").body().get("id").asLong();
        api.send("GET", "/api/orders/" + order + "/tickets.pdf", null, null, clerk, Map.of(Headers.TERMINAL, "Counter 1", "Accept", "application/pdf"));
        api.send("GET", "/api/orders/" + order + "/tickets.pdf", null, null, clerk, Map.of(Headers.TERMINAL, "Counter 1", "Accept", "application/pdf"));
        assertThat(send("POST", "/api/orders/" + order + "/refund", Api.JSON.writeValueAsString(new RefundRequest(null, "고객 요청")),
                clerk, COUNTER_1).status()).isEqualTo(200);
        String abandoned = sales.holdSeats(otherEvent, clerk, "kiosk-9", seats.get("FLR-D-1")).body().get("holdId").asString();
        assertThat(api.delete("/api/admin/holds/" + abandoned + "?reason=kiosk-9%20abandoned", admin).status()).isEqualTo(204);
        assertThat(api.put("/api/queue/admin/" + event, Map.of("mode", "FORCED_ON", "threshold", 10, "admissionsPerMinute", 60,
                "idleTimeoutSeconds", 300, "abandonTimeoutSeconds", 60), admin).status()).isEqualTo(200);
        assertThat(api.post("/api/queue/admin/clear/" + event, null, admin).status()).isEqualTo(200);
    }

    @Test
    void reprintsRefundsForcedReleasesQueueChangesAndSignInsAreRecorded() {
        List<String> actions = search("").stream().map(AuditEntryView::action).toList();
        assertThat(actions).contains(AuditAction.SIGNED_IN, AuditAction.TICKETS_REPRINTED, AuditAction.ORDER_REFUNDED,
                AuditAction.HOLD_FORCE_RELEASED, AuditAction.QUEUE_SETTINGS_CHANGED, AuditAction.QUEUE_CLEARED);
        List<AuditEntryView> signIns = search("?action=SIGNED_IN");
        assertThat(signIns).extracting(AuditEntryView::actorName).containsExactly("clerk", "admin");
        assertThat(signIns.get(0).details()).containsOnlyKeys("role").containsEntry("role", "CLERK");
        assertThat(signIns.get(0).details().toString()).doesNotContain(PASSWORD).doesNotContain(clerk);
        AuditEntryView refund = search("?action=ORDER_REFUNDED").get(0);
        assertThat(refund.terminal()).isEqualTo("Counter 1");
        assertThat(refund.eventId()).isEqualTo(event);
        assertThat(refund.details()).containsEntry("reason", "고객 요청");
        assertThat(search("?action=HOLD_FORCE_RELEASED").get(0).details()).as("a forced release says why")
                .containsEntry("reason", "kiosk-9 abandoned");
    }

    @Test
    void filtersCombineAndPagesAreNewestFirst() {
        assertThat(search("?actor=CLERK")).isNotEmpty().allSatisfy(e -> assertThat(e.actorName()).isEqualTo("clerk"));
        assertThat(search("?action=TICKETS_REPRINTED")).hasSize(1);
        assertThat(search("?action=TICKETS_REPRINTED&action=ORDER_REFUNDED")).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.ORDER_REFUNDED, AuditAction.TICKETS_REPRINTED);
        // by event: the hold, the sale, the reprint, the refund and both queue changes of the first event
        assertThat(search("?" + AuditQuery.EVENT + "=" + event)).extracting(AuditEntryView::action).containsExactly(
                "QUEUE_CLEARED", "QUEUE_SETTINGS_CHANGED", "ORDER_REFUNDED", "TICKETS_REPRINTED", "ORDER_PAID", "HOLD_CREATED",
                "EVENT_PUBLISHED", "EVENT_CREATED");
        assertThat(search("?event=" + otherEvent + "&actor=admin")).extracting(AuditEntryView::action)
                .containsExactly("HOLD_FORCE_RELEASED", "EVENT_PUBLISHED", "EVENT_CREATED");
        assertThat(search(new AuditQuery(null, null, null, "Counter 1", null, null, null, null).toQueryString()))
                .extracting(AuditEntryView::action)
                .containsExactly("ORDER_REFUNDED", "TICKETS_REPRINTED", "ORDER_PAID", "HOLD_CREATED");
        Instant now = Instant.now().plusSeconds(1);
        assertThat(search(new AuditQuery(null, null, null, null, start, now, null, null).toQueryString()))
                .hasSize((int) data.count("audit_log"));
        assertThat(search(new AuditQuery(null, null, null, null, now, null, null, null).toQueryString())).isEmpty();
        assertThat(search(new AuditQuery(null, null, null, null, null, start, null, null).toQueryString())).isEmpty();

        Api.Res page = api.get("/api/admin/audit?size=2&page=1", admin);
        assertThat(page.body().get("total").asLong()).isEqualTo(data.count("audit_log"));
        List<AuditEntryView> all = search("");
        assertThat(read(page)).extracting(AuditEntryView::id).containsExactly(all.get(2).id(), all.get(3).id());
    }

    private List<AuditEntryView> search(String query) {
        Api.Res r = api.get("/api/admin/audit" + (query.isEmpty() ? "?size=100" : query + "&size=100"), admin);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return read(r);
    }

    private static List<AuditEntryView> read(Api.Res r) {
        return Api.JSON.readValue(r.body().get("items").toString(), new TypeReference<List<AuditEntryView>>() {
        });
    }

    private Api.Res send(String method, String path, String body, String token, Map<String, String> headers) {
        return api.send(method, path, body, "application/json", token, headers);
    }
}
