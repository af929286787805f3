package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends IntegrationTest {

    @Test
    void healthCoversTheDatabaseAndRedis() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/db", "/actuator/health/redis"}) {
            Res r = api.get(path, null);
            assertThat(r.status()).as(path + " " + r.raw()).isEqualTo(200);
            assertThat(r.body().get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheusExposesRequestAndPoolMetrics() {
        api.get("/api/events", null);
        Res r = api.send("GET", "/actuator/prometheus", null, null, null, Map.of("Accept", "text/plain"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw()).contains("http_server_requests_seconds_count").contains("hikaricp_connections");
        // per-filter security observations cost most of a cheap request's CPU (docs/bench/ANALYSIS.md): off
        assertThat(r.raw()).doesNotContain("spring_security_filterchains");
    }

    @Test
    void operationsFiguresAreMetersAndOnTheAdminSystemPanel() {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        dev.tiketi.server.support.Fixtures fixtures = new dev.tiketi.server.support.Fixtures(api, admin);
        long venue = fixtures.venue(dev.tiketi.server.support.Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(dev.tiketi.server.support.Fixtures.onSale("Show", venue));
        dev.tiketi.server.support.Sales sales = new dev.tiketi.server.support.Sales(api);
        java.util.Map<String, Long> seats = sales.seatIds(venue);
        // counters add up over the whole test run (one shared server): compare with what they said before
        double holdsBefore = metric("tiketi_holds_taken_total");
        double ordersBefore = metric("tiketi_sales_orders_total{channel=\"CLERK\"}");
        double ticketsBefore = metric("tiketi_sales_tickets_total{channel=\"CLERK\"}");
        String hold = sales.holdSeats(event, clerk, "Counter 1", seats.get("FLR-C-1"), seats.get("FLR-C-2")).body().get("holdId").asString();
        assertThat(sales.buyByCard(hold, clerk, "Counter 1").status()).isEqualTo(201);
        assertThat(sales.holdSeats(event, clerk, "Counter 1", seats.get("FLR-C-3")).status()).isEqualTo(201);
        long gated = fixtures.publishedEvent(dev.tiketi.server.support.Fixtures.onSale("Queued", venue));
        dev.tiketi.server.support.Queues queues = new dev.tiketi.server.support.Queues(api);
        queues.configure(gated, admin, dev.tiketi.model.queue.QueueMode.FORCED_ON, 1, 600, 300, 60);
        double admissionsBefore = metric("tiketi_queue_admissions_total{event=\"" + gated + "\"}");
        String kiosk = api.login("kiosk", PASSWORD);
        queues.check(gated, kiosk, "k1");
        queues.check(gated, kiosk, "k2");
        try (dev.tiketi.server.support.LiveClients live = new dev.tiketi.server.support.LiveClients()) {
            live.record(live.connect(port, admin, "office"), dev.tiketi.model.live.LiveDestinations.seats(event),
                    dev.tiketi.model.live.SeatsUpdate.class);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
                dev.tiketi.model.admin.SystemFigures f = api.get("/api/admin/system", admin).as(dev.tiketi.model.admin.SystemFigures.class);
                return f.liveSessions() == 1 && f.redisUsedMemoryBytes() > 0 && !f.queues().isEmpty() && f.queues().get(0).admitted() == 1;
            });
            dev.tiketi.model.admin.SystemFigures figures = api.get("/api/admin/system", admin).as(dev.tiketi.model.admin.SystemFigures.class);
            assertThat(figures.holdsLastMinute()).isEqualTo(2);
            assertThat(figures.ordersLastMinute()).isEqualTo(1);
            assertThat(figures.ticketsLastMinute()).isEqualTo(2);
            assertThat(figures.queues()).containsExactly(new dev.tiketi.model.admin.SystemFigures.QueueFigures(gated, 1, 1,
                    figures.queues().get(0).admissionsPerMinute()));
            assertThat(figures.queues().get(0).admissionsPerMinute()).isPositive();

            assertThat(metric("tiketi_live_sessions")).isEqualTo(1.0);
            assertThat(metric("tiketi_holds_taken_total") - holdsBefore).isEqualTo(2.0);
            assertThat(metric("tiketi_sales_orders_total{channel=\"CLERK\"}") - ordersBefore).isEqualTo(1.0);
            assertThat(metric("tiketi_sales_tickets_total{channel=\"CLERK\"}") - ticketsBefore).isEqualTo(2.0);
            assertThat(metric("tiketi_queue_admissions_total{event=\"" + gated + "\"}") - admissionsBefore).isEqualTo(1.0);
            assertThat(metric("tiketi_redis_memory_used_bytes")).isPositive();
        }
        assertThat(api.get("/api/admin/system", clerk).status()).isEqualTo(403);
    }

    /** One sample of the Prometheus text by its name and labels; 0 when it is not there yet. */
    private double metric(String sample) {
        String text = api.send("GET", "/actuator/prometheus", null, null, null, Map.of("Accept", "text/plain")).raw();
        return text.lines().filter(l -> l.startsWith(sample + " ")).mapToDouble(l -> Double.parseDouble(l.substring(sample.length() + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void openApiDescribesTheEndpointsAndSwaggerUiIsServed() {
        Res docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/auth/login")).isTrue();
        assertThat(docs.body().get("paths").has("/api/events/{id}")).isTrue();
        assertThat(docs.body().get("paths").has("/api/admin/venues")).isTrue();
        assertThat(docs.body().get("components").get("securitySchemes").has("bearer")).isTrue();
        Res ui = api.send("GET", "/swagger-ui/index.html", null, null, null, Map.of());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.raw()).contains("swagger-ui");
    }

    @Test
    void requestLogShowsEachCallButNeverPasswordsOrTokens(CapturedOutput output) {
        String secretPassword = "Never-Log-Me-77";
        api.post("/api/auth/register", Map.of("username", "logged-user", "password", secretPassword, "displayName", "L"), null);
        String token = api.login("logged-user", secretPassword);
        api.send("GET", "/api/auth/me?token=" + token, null, null, token, Map.of("X-Tiketi-Terminal", "Counter 3"));
        api.post("/api/auth/login", Map.of("username", "logged-user", "password", "Wrong-Password-88"), null);

        assertThat(output.getAll())
                .contains("POST /api/auth/login 200")
                .contains("GET /api/auth/me 200")
                .contains("POST /api/auth/login 401")
                .doesNotContain(secretPassword)
                .doesNotContain("Wrong-Password-88")
                .doesNotContain(token)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
