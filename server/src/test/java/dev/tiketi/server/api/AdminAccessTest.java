package dev.tiketi.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every admin endpoint refuses anonymous callers (401) and every non-admin role (403), and changes nothing.
 * The table is checked against the server's own mappings, so a new admin endpoint cannot be left out.
 */
class AdminAccessTest extends IntegrationTest {
    private static final String VENUE_BODY = dev.tiketi.server.support.Api.JSON.writeValueAsString(Fixtures.smallVenue("X"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> adminEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/admin/users", null),
                Arguments.of("POST", "/api/admin/users", "{\"username\":\"newbie\",\"password\":\"long-enough-1\",\"displayName\":\"N\",\"role\":\"ADMIN\"}"),
                Arguments.of("PATCH", "/api/admin/users/{id}", "{\"role\":\"ADMIN\"}"),
                Arguments.of("GET", "/api/admin/venues", null),
                Arguments.of("GET", "/api/admin/venues/{id}", null),
                Arguments.of("POST", "/api/admin/venues", VENUE_BODY),
                Arguments.of("PUT", "/api/admin/venues/{id}", VENUE_BODY),
                Arguments.of("DELETE", "/api/admin/venues/{id}", null),
                Arguments.of("POST", "/api/admin/events", "{}"),
                Arguments.of("PUT", "/api/admin/events/{id}", "{}"),
                Arguments.of("POST", "/api/admin/events/{id}/publish", null),
                Arguments.of("POST", "/api/admin/events/{id}/close", null),
                Arguments.of("POST", "/api/admin/events/{id}/cancel", "{\"orders\":\"FLAG_FOR_FOLLOW_UP\"}"),
                Arguments.of("GET", "/api/admin/events/{id}/cancel/summary", null),
                Arguments.of("DELETE", "/api/admin/holds/{id}?reason=stuck", null),
                Arguments.of("GET", "/api/queue/admin/{eventId}", null),
                Arguments.of("PUT", "/api/queue/admin/{eventId}", "{\"mode\":\"OFF\",\"threshold\":1,\"admissionsPerMinute\":1,"
                        + "\"idleTimeoutSeconds\":30,\"abandonTimeoutSeconds\":15}"),
                Arguments.of("POST", "/api/queue/admin/clear/{eventId}", null),
                Arguments.of("GET", "/api/queue/admin/what-if/{eventId}?threshold=10&admissionsPerMinute=60", null),
                Arguments.of("GET", "/api/admin/audit", null),
                Arguments.of("GET", "/api/admin/events/{id}/sales", null),
                Arguments.of("GET", "/api/admin/system", null),
                Arguments.of("GET", "/api/admin/events/{id}/kills", null),
                Arguments.of("POST", "/api/admin/events/{id}/kills", "{\"seatIds\":[1],\"reason\":\"HOUSE\"}"),
                Arguments.of("POST", "/api/admin/events/{id}/kills/free", "{\"seatIds\":[1]}"),
                Arguments.of("GET", "/api/admin/reports/sales", null),
                Arguments.of("GET", "/api/admin/reports/sales.csv", null),
                Arguments.of("GET", "/api/admin/reports/refunds", null),
                Arguments.of("GET", "/api/admin/reports/refunds.csv", null),
                Arguments.of("GET", "/api/admin/reports/exchanges", null),
                Arguments.of("GET", "/api/admin/reports/exchanges.csv", null),
                Arguments.of("GET", "/api/admin/reports/cash-sessions?from=2030-01-01&to=2030-01-02", null),
                Arguments.of("GET", "/api/admin/reports/cash-sessions.csv?from=2030-01-01&to=2030-01-02", null),
                Arguments.of("GET", "/api/admin/reports/end-of-day", null),
                Arguments.of("GET", "/api/admin/reports/end-of-day.csv", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminEndpoints")
    void onlyAdminsGetThrough(String method, String pattern, String body) {
        String adminToken = api.login("admin", PASSWORD);
        long venue = new Fixtures(api, adminToken).venue(Fixtures.smallVenue("Hall"));
        long event = new Fixtures(api, adminToken).event(Fixtures.onSale("Show", venue));
        long customerId = api.get("/api/auth/me", api.login("customer", PASSWORD)).body().get("id").asLong();
        String path = pattern.replace("{eventId}", Long.toString(event)).replace("{id}", Long.toString(pattern.contains("users") ? customerId
                : pattern.contains("venues") ? venue : event));
        // signed in before the fingerprint: a sign-in is audited
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (String role : List.of("customer", "kiosk", "clerk")) {
            tokens.put(role, api.login(role, PASSWORD));
        }
        Map<String, String> before = new java.util.TreeMap<>(data.fingerprint());
        before.putAll(data.redisFingerprint());

        Res anonymous = api.send(method, path, body, "application/json", null, Map.of());
        assertThat(anonymous.status()).as("anonymous %s %s", method, path).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        for (String role : tokens.keySet()) {
            Res r = api.send(method, path, body, "application/json", tokens.get(role), Map.of());
            assertThat(r.status()).as("%s %s %s", role, method, path).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
        }
        Map<String, String> after = new java.util.TreeMap<>(data.fingerprint());
        after.putAll(data.redisFingerprint());
        assertThat(after).isEqualTo(before);
        assertThat(data.jdbc().sql("select role from app_user where id = ?").param(customerId).query(String.class).single())
                .isEqualTo("CUSTOMER");

        Res asAdmin = api.send(method, path, body, "application/json", adminToken, Map.of());
        assertThat(asAdmin.status()).as("admin %s %s: %s", method, path, asAdmin.raw()).isNotIn(401, 403, 500);
    }

    @Test
    void theTableCoversEveryAdminMapping() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/admin") || p.startsWith("/api/queue/admin"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> mapped.add(m.name() + " " + p))));
        Set<String> tested = new TreeSet<>();
        adminEndpoints().forEach(a -> tested.add(a.get()[0] + " " + a.get()[1].toString().replaceFirst("\\?.*", "")));
        assertThat(tested).isEqualTo(mapped);
    }

}
