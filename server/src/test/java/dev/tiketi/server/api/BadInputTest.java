package dev.tiketi.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input for every endpoint: each row must get its exact 4xx status and stable code as a problem
 * document, never a 500, and must leave every table as it was. {V} and {E} stand for a real venue and
 * event, so "valid id, bad body" is tested as well as "bad id".
 */
class BadInputTest extends IntegrationTest {
    private static final String LONG_300 = "x".repeat(300);

    static Stream<Arguments> rows() {
        String venue = Api.JSON.writeValueAsString(Fixtures.smallVenue("Hall"));
        String event = "{\"name\":\"Show\",\"kind\":\"RESERVED\",\"venueId\":{V},\"startsAt\":\"2030-01-01T19:00:00Z\","
                + "\"saleOpensAt\":\"2029-12-01T00:00:00Z\",\"saleClosesAt\":\"2030-01-01T19:00:00Z\",\"tiers\":["
                + "{\"code\":\"VIP\",\"name\":\"V\",\"price\":1},{\"code\":\"STD\",\"name\":\"S\",\"price\":1},"
                + "{\"code\":\"BAL\",\"name\":\"B\",\"price\":1}]}";
        return Stream.of(
                // --- login
                row("login: malformed JSON", "POST", "/api/auth/login", "{\"username\":", null, 400, "MALFORMED_REQUEST"),
                row("login: array body", "POST", "/api/auth/login", "[]", null, 400, "MALFORMED_REQUEST"),
                row("login: empty body", "POST", "/api/auth/login", "", null, 400, "MALFORMED_REQUEST"),
                row("login: object as password", "POST", "/api/auth/login", "{\"username\":\"a\",\"password\":{}}", null, 400, "MALFORMED_REQUEST"),
                row("login: missing password", "POST", "/api/auth/login", "{\"username\":\"clerk\"}", null, 422, "VALIDATION_FAILED"),
                row("login: over-long username", "POST", "/api/auth/login", "{\"username\":\"" + LONG_300 + "\",\"password\":\"p\"}", null, 422, "VALIDATION_FAILED"),
                row("login: form instead of JSON", "POST", "/api/auth/login", "username=a&password=b", "application/x-www-form-urlencoded", null, 415, "UNSUPPORTED_MEDIA_TYPE"),
                row("login: 2 MB body", "POST", "/api/auth/login", "{\"username\":\"" + "x".repeat(2_000_000) + "\"}", null, 413, "PAYLOAD_TOO_LARGE"),
                row("venues: 2 MB body", "POST", "/api/admin/venues", "{\"name\":\"" + "x".repeat(2_000_000) + "\"}", "admin", 413, "PAYLOAD_TOO_LARGE"),
                row("login: GET", "GET", "/api/auth/login", null, null, 405, "METHOD_NOT_ALLOWED"),
                // --- register
                row("register: short password", "POST", "/api/auth/register", "{\"username\":\"new-user\",\"password\":\"short\",\"displayName\":\"N\"}", null, 422, "VALIDATION_FAILED"),
                row("register: bad username", "POST", "/api/auth/register", "{\"username\":\"no spaces!\",\"password\":\"long-enough-1\",\"displayName\":\"N\"}", null, 422, "VALIDATION_FAILED"),
                row("register: taken username", "POST", "/api/auth/register", "{\"username\":\"clerk\",\"password\":\"long-enough-1\",\"displayName\":\"N\"}", null, 409, "USERNAME_TAKEN"),
                row("register: 73-character password", "POST", "/api/auth/register", "{\"username\":\"new-user\",\"password\":\"" + "p".repeat(73) + "\",\"displayName\":\"N\"}", null, 422, "VALIDATION_FAILED"),
                row("register: 25 Hangul letters (75 bytes)", "POST", "/api/auth/register", "{\"username\":\"new-user\",\"password\":\"" + "가".repeat(25) + "\",\"displayName\":\"N\"}", null, 422, "VALIDATION_FAILED"),
                row("login: 25 Hangul letters (75 bytes)", "POST", "/api/auth/login", "{\"username\":\"clerk\",\"password\":\"" + "가".repeat(25) + "\"}", null, 401, "BAD_CREDENTIALS"),
                row("register: over-long display name", "POST", "/api/auth/register", "{\"username\":\"new-user\",\"password\":\"long-enough-1\",\"displayName\":\"" + LONG_300 + "\"}", null, 422, "VALIDATION_FAILED"),
                // --- me
                row("me: no token", "GET", "/api/auth/me", null, null, 401, "UNAUTHENTICATED"),
                // --- events list
                row("events: page size 101", "GET", "/api/events?size=101", null, null, 400, "INVALID_PARAMETER"),
                row("events: page size 0", "GET", "/api/events?size=0", null, null, 400, "INVALID_PARAMETER"),
                row("events: negative page", "GET", "/api/events?page=-1", null, null, 400, "INVALID_PARAMETER"),
                row("events: huge page", "GET", "/api/events?page=99999999999", null, null, 400, "INVALID_PARAMETER"),
                row("events: unknown status", "GET", "/api/events?status=SOLD_OUT", null, null, 400, "INVALID_PARAMETER"),
                row("events: bad date", "GET", "/api/events?from=yesterday", null, null, 400, "INVALID_PARAMETER"),
                row("events: from after to", "GET", "/api/events?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", null, null, 422, "VALIDATION_FAILED"),
                row("events: from far in the future", "GET", "/api/events?from=%2B1000000000-01-01T00:00:00Z", null, null, 400, "INVALID_PARAMETER"),
                row("events: to before 2000", "GET", "/api/events?to=1900-01-01T00:00:00Z", null, null, 400, "INVALID_PARAMETER"),
                row("events: over-long text", "GET", "/api/events?q=" + "x".repeat(101), null, null, 400, "INVALID_PARAMETER"),
                row("events: DELETE", "DELETE", "/api/events", null, "clerk", 405, "METHOD_NOT_ALLOWED"),
                // --- event detail and layout
                row("event: id not a number", "GET", "/api/events/abc", null, null, 400, "INVALID_PARAMETER"),
                row("event: negative id", "GET", "/api/events/-1", null, null, 400, "INVALID_PARAMETER"),
                row("event: id overflows", "GET", "/api/events/99999999999999999999", null, null, 400, "INVALID_PARAMETER"),
                row("event: unknown id", "GET", "/api/events/987654", null, null, 404, "EVENT_NOT_FOUND"),
                row("layout: id not a number", "GET", "/api/venues/x/layout", null, null, 400, "INVALID_PARAMETER"),
                row("layout: zero id", "GET", "/api/venues/0/layout", null, null, 400, "INVALID_PARAMETER"),
                row("layout: unknown id", "GET", "/api/venues/987654/layout", null, null, 404, "VENUE_NOT_FOUND"),
                row("unknown API path", "GET", "/api/nothing-here", null, "clerk", 404, "NOT_FOUND"),
                // --- admin users
                row("users: unknown role", "POST", "/api/admin/users", "{\"username\":\"x-user\",\"password\":\"long-enough-1\",\"displayName\":\"X\",\"role\":\"SUPER\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("users: missing role", "POST", "/api/admin/users", "{\"username\":\"x-user\",\"password\":\"long-enough-1\",\"displayName\":\"X\"}", "admin", 422, "VALIDATION_FAILED"),
                row("users: taken", "POST", "/api/admin/users", "{\"username\":\"Admin\",\"password\":\"long-enough-1\",\"displayName\":\"X\",\"role\":\"CLERK\"}", "admin", 409, "USERNAME_TAKEN"),
                row("users: page size 1000", "GET", "/api/admin/users?size=1000", null, "admin", 400, "INVALID_PARAMETER"),
                row("users: 25 Hangul letters password", "POST", "/api/admin/users", "{\"username\":\"x-user\",\"password\":\"" + "가".repeat(25) + "\",\"displayName\":\"X\",\"role\":\"CLERK\"}", "admin", 422, "VALIDATION_FAILED"),
                row("users: patch unknown", "PATCH", "/api/admin/users/987654", "{\"enabled\":false}", "admin", 404, "USER_NOT_FOUND"),
                row("users: patch short password", "PATCH", "/api/admin/users/1", "{\"password\":\"short\"}", "admin", 422, "VALIDATION_FAILED"),
                row("users: patch enabled as text", "PATCH", "/api/admin/users/1", "{\"enabled\":\"perhaps\"}", "admin", 400, "MALFORMED_REQUEST"),
                // --- admin venues
                row("venues: no sections", "POST", "/api/admin/venues", "{\"name\":\"V\",\"sections\":[]}", "admin", 422, "VALIDATION_FAILED"),
                row("venues: null section", "POST", "/api/admin/venues", "{\"name\":\"V\",\"sections\":[null]}", "admin", 422, "VALIDATION_FAILED"),
                row("venues: list page size 101", "GET", "/api/admin/venues?size=101", null, "admin", 400, "INVALID_PARAMETER"),
                row("venues: zero rows", "POST", "/api/admin/venues", venue.replace("\"rows\":5", "\"rows\":0"), "admin", 422, "VALIDATION_FAILED"),
                row("venues: 1000 rows", "POST", "/api/admin/venues", venue.replace("\"rows\":5", "\"rows\":1000"), "admin", 422, "VALIDATION_FAILED"),
                row("venues: rows beyond int", "POST", "/api/admin/venues", venue.replace("\"rows\":5", "\"rows\":1e20"), "admin", 400, "MALFORMED_REQUEST"),
                row("venues: rows as text", "POST", "/api/admin/venues", venue.replace("\"rows\":5", "\"rows\":\"five\""), "admin", 400, "MALFORMED_REQUEST"),
                row("venues: lower-case code", "POST", "/api/admin/venues", venue.replace("\"FLR\"", "\"flr\""), "admin", 422, "VALIDATION_FAILED"),
                row("venues: duplicate code", "POST", "/api/admin/venues", venue.replace("\"BAL\",\"name\"", "\"FLR\",\"name\""), "admin", 422, "VALIDATION_FAILED"),
                row("venues: blocked seat not there", "POST", "/api/admin/venues", venue.replace("\"A-1\"", "\"Z-99\""), "admin", 422, "VALIDATION_FAILED"),
                row("venues: too many seats", "POST", "/api/admin/venues", "{\"name\":\"Huge\",\"sections\":[{\"code\":\"A\",\"name\":\"A\",\"rows\":100,\"seatsPerRow\":200,\"tierCode\":\"T\"},{\"code\":\"B\",\"name\":\"B\",\"rows\":100,\"seatsPerRow\":200,\"tierCode\":\"T\"}]}", "admin", 422, "VALIDATION_FAILED"),
                row("venues: over-long name", "POST", "/api/admin/venues", venue.replace("\"Hall\"", "\"" + LONG_300 + "\""), "admin", 422, "VALIDATION_FAILED"),
                row("venues: offset out of range", "POST", "/api/admin/venues", venue.replace("\"offsetY\":20.0", "\"offsetY\":1.0E9"), "admin", 422, "VALIDATION_FAILED"),
                row("venues: put unknown", "PUT", "/api/admin/venues/987654", venue, "admin", 404, "VENUE_NOT_FOUND"),
                row("venues: put bad body", "PUT", "/api/admin/venues/{V}", "{\"name\":\"\"}", "admin", 422, "VALIDATION_FAILED"),
                row("venues: get unknown", "GET", "/api/admin/venues/987654", null, "admin", 404, "VENUE_NOT_FOUND"),
                row("venues: delete bad id", "DELETE", "/api/admin/venues/abc", null, "admin", 400, "INVALID_PARAMETER"),
                row("venues: delete in use", "DELETE", "/api/admin/venues/{V}", null, "admin", 409, "VENUE_IN_USE"),
                // --- admin events
                row("events: empty body", "POST", "/api/admin/events", "{}", "admin", 422, "VALIDATION_FAILED"),
                row("events: null tier", "POST", "/api/admin/events", event.replaceAll("\"tiers\":\\[.*]", "\"tiers\":[null]"), "admin", 422, "VALIDATION_FAILED"),
                row("events: start a billion years out", "POST", "/api/admin/events", event.replace("2030-01-01T19:00:00Z\",\"saleOpensAt", "+1000000000-01-01T19:00:00Z\",\"saleOpensAt"), "admin", 422, "VALIDATION_FAILED"),
                row("events: sale closes in year 300000", "POST", "/api/admin/events", event.replace("\"saleClosesAt\":\"2030-01-01T19:00:00Z\"", "\"saleClosesAt\":\"+300000-01-01T19:00:00Z\""), "admin", 422, "VALIDATION_FAILED"),
                row("events: unknown kind", "POST", "/api/admin/events", event.replace("RESERVED", "STANDING"), "admin", 400, "MALFORMED_REQUEST"),
                row("events: date not a date", "POST", "/api/admin/events", event.replace("\"2030-01-01T19:00:00Z\",\"saleOpensAt\"", "\"tomorrow\",\"saleOpensAt\""), "admin", 400, "MALFORMED_REQUEST"),
                row("events: sale window reversed", "POST", "/api/admin/events", event.replace("2029-12-01", "2030-02-01"), "admin", 422, "VALIDATION_FAILED"),
                row("events: negative price", "POST", "/api/admin/events", event.replace("\"price\":1}", "\"price\":-1}"), "admin", 422, "VALIDATION_FAILED"),
                row("events: huge price", "POST", "/api/admin/events", event.replace("\"price\":1}", "\"price\":999999999999}"), "admin", 422, "VALIDATION_FAILED"),
                row("events: price beyond long", "POST", "/api/admin/events", event.replace("\"price\":1}", "\"price\":99999999999999999999999}"), "admin", 400, "MALFORMED_REQUEST"),
                row("events: unknown venue", "POST", "/api/admin/events", event.replace("{V}", "987654"), "admin", 422, "VALIDATION_FAILED"),
                row("events: no tiers", "POST", "/api/admin/events", event.replaceAll("\"tiers\":\\[.*]", "\"tiers\":[]"), "admin", 422, "VALIDATION_FAILED"),
                row("events: hold 0 minutes", "POST", "/api/admin/events", event.replace("\"kind\"", "\"holdMinutes\":0,\"kind\""), "admin", 422, "VALIDATION_FAILED"),
                row("events: max hold below hold", "POST", "/api/admin/events", event.replace("\"kind\"", "\"holdMinutes\":10,\"maxHoldMinutes\":5,\"kind\""), "admin", 422, "VALIDATION_FAILED"),
                row("events: lower-case currency", "POST", "/api/admin/events", event.replace("\"kind\"", "\"currency\":\"krw\",\"kind\""), "admin", 422, "VALIDATION_FAILED"),
                row("events: capacity on a seat tier", "POST", "/api/admin/events", event.replace("\"price\":1}", "\"price\":1,\"capacity\":5}"), "admin", 422, "VALIDATION_FAILED"),
                row("events: over-long name", "POST", "/api/admin/events", event.replace("\"Show\"", "\"" + "x".repeat(201) + "\""), "admin", 422, "VALIDATION_FAILED"),
                row("events: put unknown", "PUT", "/api/admin/events/987654", event, "admin", 404, "EVENT_NOT_FOUND"),
                row("events: put malformed", "PUT", "/api/admin/events/{E}", "{\"name\":", "admin", 400, "MALFORMED_REQUEST"),
                row("events: publish bad id", "POST", "/api/admin/events/abc/publish", null, "admin", 400, "INVALID_PARAMETER"),
                row("events: publish unknown", "POST", "/api/admin/events/987654/publish", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("events: close a draft", "POST", "/api/admin/events/{E}/close", null, "admin", 409, "EVENT_STATE_CONFLICT"),
                row("events: cancel unknown", "POST", "/api/admin/events/987654/cancel", null, "admin", 404, "EVENT_NOT_FOUND"));
    }

    private static Arguments row(String name, String method, String path, String body, String role, int status, String code) {
        return row(name, method, path, body, "application/json", role, status, code);
    }

    private static Arguments row(String name, String method, String path, String body, String contentType, String role,
                                 int status, String code) {
        return Arguments.of(name, method, path, body, contentType, role, status, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAClearProblemAndChangesNothing(String name, String method, String path, String body,
                                                     String contentType, String role, int status, String code) {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.event(Fixtures.onSale("Show", venue));
        String token = role == null ? null : role.equals("admin") ? admin : api.login(role, PASSWORD);
        Map<String, String> before = snapshot();

        Res r = api.send(method, path.replace("{V}", Long.toString(venue)).replace("{E}", Long.toString(event)),
                body == null ? null : body.replace("{V}", Long.toString(venue)), contentType, token, Map.of());

        assertThat(r.status()).as("%s -> %s", name, r.raw()).isEqualTo(status);
        assertThat(r.code()).as(name).isEqualTo(code);
        assertThat(r.headers().firstValue("Content-Type")).as(name).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        ObjectNode problem = (ObjectNode) r.body();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://tiketi.dev/problems/");
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("tools.jackson");
        if (code.equals("VALIDATION_FAILED")) {
            assertThat(problem.get("errors")).as(name).isNotEmpty();
        }
        assertThat(snapshot()).as(name + " changed data").isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileBeingRead() throws Exception {
        String admin = api.login("admin", PASSWORD);
        Map<String, String> before = snapshot();
        byte[] big = ("{\"name\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/venues"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                // an InputStream publisher has no length, so the body goes chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, String> snapshot() {
        return data.fingerprint();
    }
}
