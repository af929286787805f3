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
