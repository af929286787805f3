package dev.tiketi.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
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
                row("venues: zone that is not one", "POST", "/api/admin/venues", venue.replace("\"timeZone\":null", "\"timeZone\":\"Seoul/Gangnam\""), "admin", 422, "VALIDATION_FAILED"),
                row("venues: zone as an abbreviation", "POST", "/api/admin/venues", venue.replace("\"timeZone\":null", "\"timeZone\":\"KST\""), "admin", 422, "VALIDATION_FAILED"),
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
                row("events: cancel unknown", "POST", "/api/admin/events/987654/cancel", "{\"orders\":\"REFUND_ALL\"}", "admin", 404, "EVENT_NOT_FOUND"),
                row("events: cancel without a body", "POST", "/api/admin/events/{E}/cancel", null, "admin", 400, "MALFORMED_REQUEST"),
                row("events: cancel without a choice", "POST", "/api/admin/events/{E}/cancel", "{}", "admin", 422, "VALIDATION_FAILED"),
                row("events: cancel with a choice not offered", "POST", "/api/admin/events/{E}/cancel", "{\"orders\":\"KEEP\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("events: cancel with an over-long reason", "POST", "/api/admin/events/{E}/cancel", "{\"orders\":\"REFUND_ALL\",\"reason\":\"" + "x".repeat(201) + "\"}", "admin", 422, "VALIDATION_FAILED"),
                row("events: cancel a cancelled event", "POST", "/api/admin/events/{C}/cancel", "{\"orders\":\"FLAG_FOR_FOLLOW_UP\"}", "admin", 409, "EVENT_STATE_CONFLICT"),
                row("events: cancel summary bad id", "GET", "/api/admin/events/abc/cancel/summary", null, "admin", 400, "INVALID_PARAMETER"),
                row("events: cancel summary unknown", "GET", "/api/admin/events/987654/cancel/summary", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("events: cancel summary zero id", "GET", "/api/admin/events/0/cancel/summary", null, "admin", 400, "INVALID_PARAMETER"),
                row("users: disable yourself", "PATCH", "/api/admin/users/{ME}", "{\"enabled\":false}", "admin", 409, "OWN_ACCOUNT_PROTECTED"),
                row("users: demote yourself", "PATCH", "/api/admin/users/{ME}", "{\"role\":\"CLERK\"}", "admin", 409, "OWN_ACCOUNT_PROTECTED"),
                // --- seat and stock snapshots
                row("seats: id not a number", "GET", "/api/events/abc/seats", null, null, 400, "INVALID_PARAMETER"),
                row("seats: unknown event", "GET", "/api/events/987654/seats", null, null, 404, "EVENT_NOT_FOUND"),
                row("seats: a draft, anonymously", "GET", "/api/events/{E}/seats", null, null, 404, "EVENT_NOT_FOUND"),
                row("stock: a draft, as a customer", "GET", "/api/events/{E}/stock", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("stock: zero id", "GET", "/api/events/0/stock", null, null, 400, "INVALID_PARAMETER"),
                // --- holds
                row("hold: no token", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S}]}", null, 401, "UNAUTHENTICATED"),
                row("hold: malformed JSON", "POST", "/api/events/{P}/holds", "{\"seatIds\":[", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: empty object", "POST", "/api/events/{P}/holds", "{}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: seats and tier at once", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S}],\"tierId\":{T},\"quantity\":1}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: no seats", "POST", "/api/events/{P}/holds", "{\"seatIds\":[]}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: null seat", "POST", "/api/events/{P}/holds", "{\"seatIds\":[null]}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: seat id as text", "POST", "/api/events/{P}/holds", "{\"seatIds\":[\"A-1\"]}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: negative seat id", "POST", "/api/events/{P}/holds", "{\"seatIds\":[-1]}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: 101 seats", "POST", "/api/events/{P}/holds", "{\"seatIds\":[" + "1,".repeat(100) + "1]}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: a seat twice", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S},{S}]}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: unknown seat", "POST", "/api/events/{P}/holds", "{\"seatIds\":[987654]}", "customer", 422, "SEAT_NOT_FOUND"),
                row("hold: blocked seat", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{B}]}", "customer", 409, "SEAT_BLOCKED"),
                row("hold: tier without quantity", "POST", "/api/events/{P}/holds", "{\"tierId\":{T}}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: quantity 0", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":0,\"bestAvailable\":true}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: quantity 101", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":101,\"bestAvailable\":true}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: over the per-customer limit", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":11,\"bestAvailable\":true}", "customer", 409, "HOLD_LIMIT_EXCEEDED"),
                row("hold: tier of no event", "POST", "/api/events/{P}/holds", "{\"tierId\":987654,\"quantity\":1,\"bestAvailable\":true}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: reserved tier without bestAvailable", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":1}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: accessible without bestAvailable", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S}],\"accessible\":true}", "customer", 422, "VALIDATION_FAILED"),
                row("hold: a draft event", "POST", "/api/events/{E}/holds", "{\"seatIds\":[{S}]}", "customer", 404, "EVENT_NOT_FOUND"),
                row("hold: unknown event", "POST", "/api/events/987654/holds", "{\"seatIds\":[{S}]}", "customer", 404, "EVENT_NOT_FOUND"),
                row("hold: event id not a number", "POST", "/api/events/x/holds", "{\"seatIds\":[{S}]}", "customer", 400, "INVALID_PARAMETER"),
                row("hold: GET someone else's", "GET", "/api/holds/{H}", null, "customer", 404, "HOLD_NOT_FOUND"),
                row("hold: malformed id", "GET", "/api/holds/not-a-hold", null, "customer", 404, "HOLD_NOT_FOUND"),
                row("hold: over-long id", "GET", "/api/holds/" + "x".repeat(49), null, "customer", 400, "INVALID_PARAMETER"),
                row("hold: extend someone else's", "POST", "/api/holds/{H}/extend", null, "customer", 404, "HOLD_NOT_FOUND"),
                row("hold: release someone else's", "DELETE", "/api/holds/{H}", null, "customer", 404, "HOLD_NOT_FOUND"),
                row("hold: force-release unknown", "DELETE", "/api/admin/holds/1-AAAAAAAAAAAAAAAAAAAAAA?reason=stuck", null, "admin", 404, "HOLD_NOT_FOUND"),
                row("hold: force-release without a reason", "DELETE", "/api/admin/holds/{H}", null, "admin", 400, "INVALID_PARAMETER"),
                row("hold: force-release with a blank reason", "DELETE", "/api/admin/holds/{H}?reason=%20", null, "admin", 400, "INVALID_PARAMETER"),
                row("hold: force-release with an empty reason", "DELETE", "/api/admin/holds/{H}?reason=", null, "admin", 400, "INVALID_PARAMETER"),
                row("hold: force-release with a 201-character reason", "DELETE", "/api/admin/holds/{H}?reason=" + "x".repeat(201), null, "admin", 400, "INVALID_PARAMETER"),
                row("hold: force-release as a clerk", "DELETE", "/api/admin/holds/{H}?reason=stuck", null, "clerk", 403, "FORBIDDEN"),
                // --- orders
                row("order: no Idempotency-Key", "POST", "/api/orders", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "clerk", 400, "IDEMPOTENCY_KEY_REQUIRED"),
                keyed("order: Idempotency-Key with a space", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "bad key 123", 400, "INVALID_PARAMETER"),
                keyed("order: malformed JSON", "{\"holdId\":", "key-12345678", 400, "MALFORMED_REQUEST"),
                keyed("order: no payment", "{\"holdId\":\"{H}\"}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: no tenders", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: three tenders", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CASH\"},{\"type\":\"CASH\"},{\"type\":\"CASH\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: unknown tender", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"BITCOIN\"}]}}", "key-12345678", 400, "MALFORMED_REQUEST"),
                keyed("order: CREDIT tender", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CREDIT\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: card number with letters", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242abcd42424242\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: card fails the check digit", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424241\"}]}}", "key-12345678", 422, "CARD_INVALID"),
                keyed("order: negative amount", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"amount\":-5,\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: amounts do not add up", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"amount\":5,\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 422, "PAYMENT_MISMATCH"),
                keyed("order: split without amounts", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CASH\",\"tendered\":1},{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: cash without a cash session", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CASH\",\"tendered\":999999}]}}", "key-12345678", 409, "CASH_SESSION_REQUIRED"),
                keyed("order: cash without tendered", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CASH\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                keyed("order: malformed hold id", "{\"holdId\":\"nope\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 404, "HOLD_NOT_FOUND"),
                keyed("order: over-long customer name", "{\"holdId\":\"{H}\",\"customerName\":\"" + LONG_300 + "\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 422, "VALIDATION_FAILED"),
                row("order: someone else's hold", "POST", "/api/orders", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "application/json", "customer", Map.of("Idempotency-Key", "key-12345678"), 404, "HOLD_NOT_FOUND"),
                row("order: id not a number", "GET", "/api/orders/x", null, "clerk", 400, "INVALID_PARAMETER"),
                row("order: unknown", "GET", "/api/orders/987654", null, "clerk", 404, "ORDER_NOT_FOUND"),
                row("order: someone else's", "GET", "/api/orders/{O}", null, "customer", 404, "ORDER_NOT_FOUND"),
                row("order: someone else's tickets", "GET", "/api/orders/{O}/tickets.pdf", null, "application/json", "customer", Map.of("Accept", "application/pdf, application/problem+json"), 404, "ORDER_NOT_FOUND"),
                row("orders: page size 101", "GET", "/api/orders?size=101", null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: bad date", "GET", "/api/orders?date=yesterday", null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: date before 2000", "GET", "/api/orders?date=1999-12-31", null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: date a billion years out", "GET", "/api/orders?date=%2B999999999-12-31", null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: negative event", "GET", "/api/orders?event=-1", null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: over-long name", "GET", "/api/orders?name=" + "x".repeat(101), null, "clerk", 400, "INVALID_PARAMETER"),
                row("orders: no token", "GET", "/api/orders", null, null, 401, "UNAUTHENTICATED"),
                // --- refunds and exchanges
                row("refund: as a customer", "POST", "/api/orders/{O}/refund", "{}", "customer", 403, "FORBIDDEN"),
                row("refund: unknown order", "POST", "/api/orders/987654/refund", "{}", "clerk", 404, "ORDER_NOT_FOUND"),
                row("refund: malformed JSON", "POST", "/api/orders/{O}/refund", "{\"ticketIds\":", "clerk", 400, "MALFORMED_REQUEST"),
                row("refund: ticket id 0", "POST", "/api/orders/{O}/refund", "{\"ticketIds\":[0]}", "clerk", 422, "VALIDATION_FAILED"),
                row("refund: a ticket of no order", "POST", "/api/orders/{O}/refund", "{\"ticketIds\":[987654]}", "clerk", 422, "VALIDATION_FAILED"),
                row("refund: over-long reason", "POST", "/api/orders/{O}/refund", "{\"reason\":\"" + LONG_300 + "\"}", "clerk", 422, "VALIDATION_FAILED"),
                row("exchange: no ticket", "POST", "/api/orders/{O}/exchange", "{\"holdId\":\"{H}\"}", "clerk", 422, "VALIDATION_FAILED"),
                row("exchange: a ticket of no order", "POST", "/api/orders/{O}/exchange", "{\"ticketId\":987654,\"holdId\":\"{H}\"}", "clerk", 422, "VALIDATION_FAILED"),
                row("exchange: as a kiosk", "POST", "/api/orders/{O}/exchange", "{\"ticketId\":1,\"holdId\":\"{H}\"}", "kiosk", 403, "FORBIDDEN"),
                // --- waiting room
                row("queue check: no token", "POST", "/api/queue/check/{P}", null, null, 401, "UNAUTHENTICATED"),
                row("queue check: event id 0", "POST", "/api/queue/check/0", null, "customer", 400, "INVALID_PARAMETER"),
                row("queue check: negative event id", "POST", "/api/queue/check/-5", null, "customer", 400, "INVALID_PARAMETER"),
                row("queue check: event id not a number", "POST", "/api/queue/check/abc", null, "customer", 400, "INVALID_PARAMETER"),
                row("queue check: event id beyond a long", "POST", "/api/queue/check/99999999999999999999", null, "customer", 400, "INVALID_PARAMETER"),
                row("queue check: unknown event", "POST", "/api/queue/check/987654", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("queue check: a draft event", "POST", "/api/queue/check/{E}", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("queue check: GET", "GET", "/api/queue/check/{P}", null, "customer", 405, "METHOD_NOT_ALLOWED"),
                row("queue status: unknown event", "GET", "/api/queue/status/987654", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("queue status: event id 0", "GET", "/api/queue/status/0", null, "kiosk", 400, "INVALID_PARAMETER"),
                row("queue status: no token", "GET", "/api/queue/status/{P}", null, null, 401, "UNAUTHENTICATED"),
                row("queue heartbeat: a draft event", "POST", "/api/queue/heartbeat/{E}", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("queue heartbeat: no token", "POST", "/api/queue/heartbeat/{P}", null, null, 401, "UNAUTHENTICATED"),
                row("queue leave: unknown event", "POST", "/api/queue/leave/987654", null, "customer", 404, "EVENT_NOT_FOUND"),
                row("queue leave: event id not a number", "POST", "/api/queue/leave/x", null, "customer", 400, "INVALID_PARAMETER"),
                row("queue admin: unknown event", "GET", "/api/queue/admin/987654", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("queue admin: event id 0", "GET", "/api/queue/admin/0", null, "admin", 400, "INVALID_PARAMETER"),
                row("queue admin: as a clerk", "GET", "/api/queue/admin/{P}", null, "clerk", 403, "FORBIDDEN"),
                row("queue settings: threshold 0", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":0,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: negative threshold", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":-3,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: threshold over a million", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":1000001,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: threshold as text", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":\"many\",\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: threshold a fraction", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":2.5,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: negative rate", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":-1,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: rate 0", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":0,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: no mode", "PUT", "/api/queue/admin/{P}", "{\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: unknown mode", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"SOMETIMES\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: idle timeout 10 s", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":10,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: no idle timeout", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"abandonTimeoutSeconds\":60}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: abandonment 0 s", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":0}", "admin", 422, "VALIDATION_FAILED"),
                row("queue settings: malformed JSON", "PUT", "/api/queue/admin/{P}", "{\"mode\":", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: empty body", "PUT", "/api/queue/admin/{P}", "", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: array body", "PUT", "/api/queue/admin/{P}", "[]", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: unknown event", "PUT", "/api/queue/admin/987654", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "admin", 404, "EVENT_NOT_FOUND"),
                row("queue settings: as a customer", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}", "customer", 403, "FORBIDDEN"),
                row("what-if: no threshold", "GET", "/api/queue/admin/what-if/{P}?admissionsPerMinute=60", null, "admin", 400, "INVALID_PARAMETER"),
                row("what-if: no rate", "GET", "/api/queue/admin/what-if/{P}?threshold=10", null, "admin", 400, "INVALID_PARAMETER"),
                row("what-if: threshold 0", "GET", "/api/queue/admin/what-if/{P}?threshold=0&admissionsPerMinute=60", null, "admin", 400, "INVALID_PARAMETER"),
                row("what-if: rate over a million", "GET", "/api/queue/admin/what-if/{P}?threshold=10&admissionsPerMinute=1000001", null, "admin", 400, "INVALID_PARAMETER"),
                row("what-if: rate a fraction", "GET", "/api/queue/admin/what-if/{P}?threshold=10&admissionsPerMinute=2.5", null, "admin", 400, "INVALID_PARAMETER"),
                row("what-if: unknown event", "GET", "/api/queue/admin/what-if/987654?threshold=10&admissionsPerMinute=60", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("what-if: as a clerk", "GET", "/api/queue/admin/what-if/{P}?threshold=10&admissionsPerMinute=60", null, "clerk", 403, "FORBIDDEN"),
                row("queue clear: unknown event", "POST", "/api/queue/admin/clear/987654", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("queue clear: event id not a number", "POST", "/api/queue/admin/clear/all", null, "admin", 400, "INVALID_PARAMETER"),
                row("queue clear: as a kiosk", "POST", "/api/queue/admin/clear/{P}", null, "kiosk", 403, "FORBIDDEN"),
                // --- audit log
                row("audit: page size 101", "GET", "/api/admin/audit?size=101", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: negative page", "GET", "/api/admin/audit?page=-1", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: event 0", "GET", "/api/admin/audit?event=0", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: event not a number", "GET", "/api/admin/audit?event=봄", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: bad time", "GET", "/api/admin/audit?from=yesterday", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: from after to", "GET", "/api/admin/audit?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", null, "admin", 422, "VALIDATION_FAILED"),
                row("audit: time before 2000", "GET", "/api/admin/audit?to=1900-01-01T00:00:00Z", null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: over-long actor", "GET", "/api/admin/audit?actor=" + "x".repeat(65), null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: over-long terminal", "GET", "/api/admin/audit?terminal=" + "x".repeat(65), null, "admin", 400, "INVALID_PARAMETER"),
                row("audit: as a clerk", "GET", "/api/admin/audit", null, "clerk", 403, "FORBIDDEN"),
                row("audit: no token", "GET", "/api/admin/audit", null, null, 401, "UNAUTHENTICATED"),
                row("audit: POST", "POST", "/api/admin/audit", "{}", "admin", 405, "METHOD_NOT_ALLOWED"),
                // --- live sales figures
                row("sales figures: unknown event", "GET", "/api/admin/events/987654/sales", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("sales figures: event 0", "GET", "/api/admin/events/0/sales", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales figures: as a clerk", "GET", "/api/admin/events/{P}/sales", null, "clerk", 403, "FORBIDDEN"),
                // --- system panel
                row("system: as a kiosk", "GET", "/api/admin/system", null, "kiosk", 403, "FORBIDDEN"),
                row("system: no token", "GET", "/api/admin/system", null, null, 401, "UNAUTHENTICATED"),
                row("system: DELETE", "DELETE", "/api/admin/system", null, "admin", 405, "METHOD_NOT_ALLOWED"),
                // --- seat kills
                row("kill: no seats", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[],\"reason\":\"HOUSE\"}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: no reason", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{S}]}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: unknown reason", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{S}],\"reason\":\"BORED\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("kill: seat id 0", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[0],\"reason\":\"HOUSE\"}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: seat id as a string", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[\"{S}\"],\"reason\":\"HOUSE\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("kill: a seat twice", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{S},{S}],\"reason\":\"HOUSE\"}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: a seat of no such venue", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[987654],\"reason\":\"HOUSE\"}", "admin", 422, "SEAT_NOT_FOUND"),
                row("kill: a seat blocked in the layout", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{B}],\"reason\":\"BROKEN\"}", "admin", 409, "SEAT_BLOCKED"),
                row("kill: the clerk's held seat", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{HS}],\"reason\":\"HOUSE\"}", "admin", 409, "SEAT_NOT_FREE"),
                row("kill: a sold seat", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{OS}],\"reason\":\"HOUSE\"}", "admin", 409, "SEAT_NOT_FREE"),
                row("kill: a draft event", "POST", "/api/admin/events/{E}/kills", "{\"seatIds\":[{S}],\"reason\":\"HOUSE\"}", "admin", 409, "EVENT_STATE_CONFLICT"),
                row("kill: unknown event", "POST", "/api/admin/events/987654/kills", "{\"seatIds\":[1],\"reason\":\"HOUSE\"}", "admin", 404, "EVENT_NOT_FOUND"),
                row("kill: over-long note", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{S}],\"reason\":\"HOUSE\",\"note\":\"" + "메".repeat(201) + "\"}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: 501 seats", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[" + "1,".repeat(500) + "1],\"reason\":\"HOUSE\"}", "admin", 422, "VALIDATION_FAILED"),
                row("kill: as a clerk", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":[{S}],\"reason\":\"HOUSE\"}", "clerk", 403, "FORBIDDEN"),
                row("kill: malformed JSON", "POST", "/api/admin/events/{P}/kills", "{\"seatIds\":", "admin", 400, "MALFORMED_REQUEST"),
                row("kills: unknown event", "GET", "/api/admin/events/987654/kills", null, "admin", 404, "EVENT_NOT_FOUND"),
                row("free: no seats", "POST", "/api/admin/events/{P}/kills/free", "{\"seatIds\":[]}", "admin", 422, "VALIDATION_FAILED"),
                row("free: a seat twice", "POST", "/api/admin/events/{P}/kills/free", "{\"seatIds\":[{S},{S}]}", "admin", 422, "VALIDATION_FAILED"),
                row("free: as a kiosk", "POST", "/api/admin/events/{P}/kills/free", "{\"seatIds\":[{S}]}", "kiosk", 403, "FORBIDDEN"),
                // --- reports
                row("sales report: from without to", "GET", "/api/admin/reports/sales?from=2026-01-01", null, "admin", 422, "VALIDATION_FAILED"),
                row("sales report: to before from", "GET", "/api/admin/reports/sales?from=2026-01-02&to=2026-01-01", null, "admin", 422, "VALIDATION_FAILED"),
                row("sales report: 401 days", "GET", "/api/admin/reports/sales?from=2026-01-01&to=2027-02-05", null, "admin", 422, "VALIDATION_FAILED"),
                row("sales report: not a day", "GET", "/api/admin/reports/sales?from=yesterday&to=2026-01-01", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: before 2000", "GET", "/api/admin/reports/sales?from=1999-12-31&to=2000-01-01", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: event 0", "GET", "/api/admin/reports/sales?event=0", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: no such channel", "GET", "/api/admin/reports/sales?channel=BOX_OFFICE", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: channel in lower case", "GET", "/api/admin/reports/sales?channel=clerk", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: empty channel", "GET", "/api/admin/reports/sales?channel=KIOSK&channel=", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: nine channels", "GET", "/api/admin/reports/sales?" + "channel=KIOSK&".repeat(9), null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: tier 0", "GET", "/api/admin/reports/sales?tier=0", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales csv: no such channel", "GET", "/api/admin/reports/sales.csv?channel=PHONE", null, "admin", 400, "INVALID_PARAMETER"),
                row("refund report: channel a number", "GET", "/api/admin/reports/refunds?channel=1", null, "admin", 400, "INVALID_PARAMETER"),
                row("refund csv: tier not a number", "GET", "/api/admin/reports/refunds.csv?tier=x", null, "admin", 400, "INVALID_PARAMETER"),
                row("exchange report: no such channel", "GET", "/api/admin/reports/exchanges?channel=ONLINE&channel=MAIL", null, "admin", 400, "INVALID_PARAMETER"),
                row("exchange csv: tier -1", "GET", "/api/admin/reports/exchanges.csv?tier=-1", null, "admin", 400, "INVALID_PARAMETER"),
                row("sales report: as a clerk", "GET", "/api/admin/reports/sales", null, "clerk", 403, "FORBIDDEN"),
                row("sales csv: to before from", "GET", "/api/admin/reports/sales.csv?from=2026-01-02&to=2026-01-01", null, "admin", 422, "VALIDATION_FAILED"),
                row("sales csv: no token", "GET", "/api/admin/reports/sales.csv", null, null, 401, "UNAUTHENTICATED"),
                row("refund report: a month 13", "GET", "/api/admin/reports/refunds?from=2026-13-01&to=2026-12-01", null, "admin", 400, "INVALID_PARAMETER"),
                row("refund csv: event not a number", "GET", "/api/admin/reports/refunds.csv?event=x", null, "admin", 400, "INVALID_PARAMETER"),
                row("exchange report: to only", "GET", "/api/admin/reports/exchanges?to=2026-01-01", null, "admin", 422, "VALIDATION_FAILED"),
                row("exchange csv: as a kiosk", "GET", "/api/admin/reports/exchanges.csv", null, "kiosk", 403, "FORBIDDEN"),
                row("cash report: no days", "GET", "/api/admin/reports/cash-sessions", null, "admin", 422, "VALIDATION_FAILED"),
                row("cash report: unknown venue", "GET", "/api/admin/reports/cash-sessions?from=2026-01-01&to=2026-01-01&venue=987654", null, "admin", 404, "VENUE_NOT_FOUND"),
                row("cash report: over-long clerk", "GET", "/api/admin/reports/cash-sessions?from=2026-01-01&to=2026-01-01&clerk=" + "x".repeat(65), null, "admin", 400, "INVALID_PARAMETER"),
                row("cash csv: 401 days", "GET", "/api/admin/reports/cash-sessions.csv?from=2026-01-01&to=2027-02-05", null, "admin", 422, "VALIDATION_FAILED"),
                row("end of day: not a day", "GET", "/api/admin/reports/end-of-day?date=today", null, "admin", 400, "INVALID_PARAMETER"),
                row("end of day: year 10000", "GET", "/api/admin/reports/end-of-day?date=%2B10000-01-01", null, "admin", 400, "INVALID_PARAMETER"),
                row("end of day: unknown venue", "GET", "/api/admin/reports/end-of-day?venue=987654", null, "admin", 404, "VENUE_NOT_FOUND"),
                row("end of day csv: venue 0", "GET", "/api/admin/reports/end-of-day.csv?venue=0", null, "admin", 400, "INVALID_PARAMETER"),
                row("end of day: as a customer", "GET", "/api/admin/reports/end-of-day", null, "customer", 403, "FORBIDDEN"),
                // --- cash sessions
                row("cash: open without float", "POST", "/api/cash-sessions", "{}", "clerk", 422, "VALIDATION_FAILED"),
                row("cash: negative float", "POST", "/api/cash-sessions", "{\"openingFloat\":-1}", "clerk", 422, "VALIDATION_FAILED"),
                row("cash: float as text", "POST", "/api/cash-sessions", "{\"openingFloat\":\"lots\"}", "clerk", 400, "MALFORMED_REQUEST"),
                row("cash: as a customer", "POST", "/api/cash-sessions", "{\"openingFloat\":0}", "customer", 403, "FORBIDDEN"),
                row("cash: none open", "GET", "/api/cash-sessions/current", null, "clerk", 404, "CASH_SESSION_NOT_FOUND"),
                row("cash: close unknown", "POST", "/api/cash-sessions/987654/close", "{\"countedCash\":0}", "clerk", 404, "CASH_SESSION_NOT_FOUND"),
                row("cash: close without count", "POST", "/api/cash-sessions/987654/close", "{}", "clerk", 422, "VALIDATION_FAILED"),
                row("cash: report id not a number", "GET", "/api/cash-sessions/x/report", null, "clerk", 400, "INVALID_PARAMETER"),
                // --- lenient JSON: a repeated field (the last one would win) or a value of another JSON type that
                // Jackson would convert ("26" for 26, 0 for false, 5 for "5") is refused before anything happens
                row("login: password twice", "POST", "/api/auth/login", "{\"username\":\"clerk\",\"password\":\"wrong-one\",\"password\":\"test-password-1\"}", null, 400, "MALFORMED_REQUEST"),
                row("login: username as a number", "POST", "/api/auth/login", "{\"username\":12345,\"password\":\"test-password-1\"}", null, 400, "MALFORMED_REQUEST"),
                row("register: display name twice", "POST", "/api/auth/register", "{\"username\":\"new-user\",\"password\":\"long-enough-1\",\"displayName\":\"김민지\",\"displayName\":\"이서준\"}", null, 400, "MALFORMED_REQUEST"),
                row("hold: seatIds twice", "POST", "/api/events/{P}/holds", "{\"seatIds\":[987654],\"seatIds\":[{S}]}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: seat id as a numeric string", "POST", "/api/events/{P}/holds", "{\"seatIds\":[\"{S}\"]}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: tier and quantity as strings", "POST", "/api/events/{P}/holds", "{\"tierId\":\"{T}\",\"quantity\":\"1\",\"bestAvailable\":true}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: quantity twice", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":0,\"quantity\":1,\"bestAvailable\":true}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: bestAvailable as a string", "POST", "/api/events/{P}/holds", "{\"tierId\":{T},\"quantity\":1,\"bestAvailable\":\"true\"}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: accessible as a number", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S}],\"accessible\":0}", "customer", 400, "MALFORMED_REQUEST"),
                row("hold: quantity an empty string", "POST", "/api/events/{P}/holds", "{\"seatIds\":[{S}],\"quantity\":\"\"}", "customer", 400, "MALFORMED_REQUEST"),
                keyed("order: holdId twice", "{\"holdId\":\"nope\",\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 400, "MALFORMED_REQUEST"),
                keyed("order: amount as a string", "{\"holdId\":\"{H}\",\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"amount\":\"50000\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 400, "MALFORMED_REQUEST"),
                keyed("order: customer name as a number", "{\"holdId\":\"{H}\",\"customerName\":42,\"payment\":{\"tenders\":[{\"type\":\"CARD\",\"cardNumber\":\"4242424242424242\"}]}}", "key-12345678", 400, "MALFORMED_REQUEST"),
                row("refund: reason twice", "POST", "/api/orders/{O}/refund", "{\"reason\":\"고객 요청\",\"reason\":\"변심\"}", "clerk", 400, "MALFORMED_REQUEST"),
                row("refund: ticket id as a string", "POST", "/api/orders/{O}/refund", "{\"ticketIds\":[\"1\"]}", "clerk", 400, "MALFORMED_REQUEST"),
                row("exchange: ticket id as a string", "POST", "/api/orders/{O}/exchange", "{\"ticketId\":\"1\",\"holdId\":\"{H}\"}", "clerk", 400, "MALFORMED_REQUEST"),
                row("queue settings: abandonment as a string", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}".replace("\"abandonTimeoutSeconds\":60", "\"abandonTimeoutSeconds\":\"60\""), "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: mode twice", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60,\"mode\":\"AUTO\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("queue settings: mode as a number", "PUT", "/api/queue/admin/{P}", "{\"mode\":\"FORCED_ON\",\"threshold\":100,\"admissionsPerMinute\":600,\"idleTimeoutSeconds\":300,\"abandonTimeoutSeconds\":60}".replace("\"FORCED_ON\"", "0"), "admin", 400, "MALFORMED_REQUEST"),
                row("events: price as a string", "POST", "/api/admin/events", event.replace("\"price\":1}", "\"price\":\"1\"}"), "admin", 400, "MALFORMED_REQUEST"),
                row("events: name twice", "POST", "/api/admin/events", event.replace("{\"name\":\"Show\"", "{\"name\":\"공연\",\"name\":\"Show\""), "admin", 400, "MALFORMED_REQUEST"),
                row("events: put hold minutes as a string", "PUT", "/api/admin/events/{E}", event.replace("\"kind\"", "\"holdMinutes\":\"10\",\"kind\""), "admin", 400, "MALFORMED_REQUEST"),
                row("events: put a tier code twice", "PUT", "/api/admin/events/{E}", event.replace("{\"code\":\"VIP\"", "{\"code\":\"XXX\",\"code\":\"VIP\""), "admin", 400, "MALFORMED_REQUEST"),
                row("venues: rows as a numeric string", "POST", "/api/admin/venues", venue.replace("\"rows\":5", "\"rows\":\"5\""), "admin", 400, "MALFORMED_REQUEST"),
                row("venues: name twice", "POST", "/api/admin/venues", venue.replace("\"name\":\"Hall\"", "\"name\":\"x\",\"name\":\"Hall\""), "admin", 400, "MALFORMED_REQUEST"),
                row("users: patch enabled as a string", "PATCH", "/api/admin/users/1", "{\"enabled\":\"false\"}", "admin", 400, "MALFORMED_REQUEST"),
                row("users: patch enabled as a number", "PATCH", "/api/admin/users/1", "{\"enabled\":0}", "admin", 400, "MALFORMED_REQUEST"),
                row("cash: float as a numeric string", "POST", "/api/cash-sessions", "{\"openingFloat\":\"100\"}", "clerk", 400, "MALFORMED_REQUEST"),
                row("cash: float twice", "POST", "/api/cash-sessions", "{\"openingFloat\":-1,\"openingFloat\":100}", "clerk", 400, "MALFORMED_REQUEST"));
    }

    private static Arguments row(String name, String method, String path, String body, String role, int status, String code) {
        return row(name, method, path, body, "application/json", role, status, code);
    }

    private static Arguments row(String name, String method, String path, String body, String contentType, String role,
                                 int status, String code) {
        return row(name, method, path, body, contentType, role, Map.of(), status, code);
    }

    private static Arguments row(String name, String method, String path, String body, String contentType, String role,
                                 Map<String, String> headers, int status, String code) {
        return Arguments.of(name, method, path, body, contentType, role, headers, status, code);
    }

    /** A purchase by the clerk who holds {H}, with the given Idempotency-Key. */
    private static Arguments keyed(String name, String body, String key, int status, String code) {
        return row(name, "POST", "/api/orders", body, "application/json", "clerk", Map.of("Idempotency-Key", key), status, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGetsAClearProblemAndChangesNothing(String name, String method, String path, String body,
                                                     String contentType, String role, Map<String, String> headers,
                                                     int status, String code) {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.event(Fixtures.onSale("Show", venue));
        String token = role == null ? null : role.equals("admin") ? admin : api.login(role, PASSWORD);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("{V}", Long.toString(venue));
        ids.put("{E}", Long.toString(event));
        String all = path + body;
        if (all.contains("{ME}")) {
            ids.put("{ME}", api.get("/api/auth/me", admin).body().get("id").asString());
        }
        if (all.contains("{C}")) {
            long cancelled = fixtures.event(Fixtures.onSale("Cancelled", venue));
            api.post("/api/admin/events/" + cancelled + "/cancel", Map.of("orders", "FLAG_FOR_FOLLOW_UP"), admin);
            ids.put("{C}", Long.toString(cancelled));
        }
        if (all.matches(".*\\{(P|S|B|T|H|O|HS|OS)}.*")) {
            // an event on sale, a seat {S}, a blocked seat {B}, a tier {T}, the clerk's hold {H}, an order {O}
            Sales sales = new Sales(api);
            long onSale = fixtures.publishedEvent(Fixtures.onSale("On sale", venue));
            Map<String, Long> seats = sales.seatIds(venue);
            String clerk = api.login("clerk", PASSWORD);
            ids.put("{P}", Long.toString(onSale));
            ids.put("{HS}", seats.get("FLR-D-1").toString());
            ids.put("{OS}", seats.get("FLR-D-2").toString());
            ids.put("{S}", seats.get("FLR-C-1").toString());
            ids.put("{B}", seats.get("FLR-A-1").toString());
            ids.put("{T}", api.get("/api/events/" + onSale, null).body().get("tiers").get(0).get("id").asString());
            ids.put("{H}", sales.holdSeats(onSale, clerk, null, seats.get("FLR-D-1")).body().get("holdId").asString());
            ids.put("{O}", sales.buyByCard(sales.holdSeats(onSale, clerk, null, seats.get("FLR-D-2")).body().get("holdId").asString(),
                    clerk, null).body().get("id").asString());
        }
        Map<String, String> before = snapshot();

        Res r = api.send(method, fill(path, ids), body == null ? null : fill(body, ids), contentType, token, headers);

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

    private static String fill(String text, Map<String, String> ids) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
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

    /** Every table's rows and every Redis key's value: holds, stock, queues and settings included. */
    private Map<String, String> snapshot() {
        Map<String, String> all = new java.util.TreeMap<>(data.fingerprint());
        all.putAll(data.redisFingerprint());
        return all;
    }
}
