package dev.tiketi.desktop.api;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.auth.LoginRequest;
import dev.tiketi.model.auth.LoginResponse;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventQuery;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.CashSessionCloseRequest;
import dev.tiketi.model.sales.CashSessionOpenRequest;
import dev.tiketi.model.sales.OrderSummary;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.ExchangeResult;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderQuery;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The terminal's REST client: blocking calls (run them off the FX thread), JSON through shared-model's
 * records, every refusal an {@link ApiException} with the server's stable code. Sends the token and the
 * terminal's name with every request, and a waiting room's admission with the holds and orders of its event
 * (see {@link #admission}), so the screens that hold and buy need not know whether the event has a queue.
 */
public class ApiClient implements dev.tiketi.desktop.sale.SaleApi {
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final URI base;
    private final String terminal;
    private final HttpClient http;
    private volatile String token;
    /** Event id → the admission token to send with its holds and orders. */
    private final Map<Long, String> admissions = new ConcurrentHashMap<>();
    /** Hold id → its event, so an order (which names holds, not the event) carries the event's admission. */
    private final Map<String, Long> holdEvents = new ConcurrentHashMap<>();
    private final List<LongConsumer> admissionRefused = new CopyOnWriteArrayList<>();

    public ApiClient(URI base, String terminal) {
        this.base = URI.create(base.toString().replaceFirst("/+$", ""));
        this.terminal = terminal;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI base() {
        return base;
    }

    public String terminal() {
        return terminal;
    }

    public String token() {
        return token;
    }

    public LoginResponse login(String username, String password) {
        LoginResponse r = send("POST", ApiPaths.LOGIN, new LoginRequest(username, password), LoginResponse.class, Map.of());
        token = r.token();
        return r;
    }

    /** The first 100 events whose name or venue contains {@code text} (blank: all of them). */
    public PageResponse<EventSummary> events(String text) {
        return events(EventQuery.search(text, PageResponse.MAX_SIZE));
    }

    public PageResponse<EventSummary> events(EventQuery query) {
        return send("GET", ApiPaths.EVENTS + query.toQueryString(), null, new TypeReference<PageResponse<EventSummary>>() {
        }, Map.of());
    }

    /** The events matching {@code text} (first page), for pickers. */
    public java.util.List<EventSummary> eventsList(String text) {
        return events(text).items();
    }

    @Override
    public EventDetail event(long id) {
        return send("GET", path(ApiPaths.EVENT, id), null, EventDetail.class, Map.of());
    }

    @Override
    public VenueLayout layout(long venueId) {
        return send("GET", path(ApiPaths.VENUE_LAYOUT, venueId), null, VenueLayout.class, Map.of());
    }

    public SeatsSnapshot seats(long eventId) {
        return send("GET", path(ApiPaths.EVENT_SEATS, eventId), null, SeatsSnapshot.class, Map.of());
    }

    public StockSnapshot stock(long eventId) {
        return send("GET", path(ApiPaths.EVENT_STOCK, eventId), null, StockSnapshot.class, Map.of());
    }

    @Override
    public HoldView hold(long eventId, HoldRequest request) {
        HoldView held = admitted(eventId, () -> send("POST", path(ApiPaths.EVENT_HOLDS, eventId), request, HoldView.class,
                admissionHeader(eventId)));
        holdEvents.put(held.holdId(), eventId);
        return held;
    }

    @Override
    public HoldView extend(String holdId) {
        return send("POST", path(ApiPaths.HOLD_EXTEND, holdId), null, HoldView.class, Map.of());
    }

    @Override
    public void release(String holdId) {
        send("DELETE", path(ApiPaths.HOLD, holdId), null, Void.class, Map.of());
        holdEvents.remove(holdId);
    }

    /** Pays for a hold; {@code idempotencyKey} makes a retry after a time-out safe (one charge, one order). */
    @Override
    public OrderView buy(String holdId, PaymentRequest payment, String customerName, String idempotencyKey) {
        return buyAll(List.of(holdId), payment, customerName, idempotencyKey);
    }

    /** Pays for several holds of one event as one order (all or none); the key as for {@link #buy}. */
    @Override
    public OrderView buyAll(List<String> holdIds, PaymentRequest payment, String customerName, String idempotencyKey) {
        OrderRequest order = holdIds.size() == 1 ? new OrderRequest(holdIds.get(0), payment, customerName)
                : OrderRequest.ofHolds(holdIds, payment, customerName);
        Long eventId = holdIds.stream().map(holdEvents::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Map<String, String> headers = new HashMap<>(eventId == null ? Map.of() : admissionHeader(eventId));
        if (idempotencyKey != null) {
            headers.put(Headers.IDEMPOTENCY_KEY, idempotencyKey);
        }
        OrderView bought = eventId == null ? send("POST", ApiPaths.ORDERS, order, OrderView.class, headers)
                : admitted(eventId, () -> send("POST", ApiPaths.ORDERS, order, OrderView.class, headers));
        holdIds.forEach(holdEvents::remove);
        return bought;
    }

    /**
     * The waiting room's admission for an event: sent as {@value Headers#ADMISSION} with every hold and order
     * of that event from now on; null forgets it (the turn is over). Clerks need none: the server lets staff by.
     */
    public void admission(long eventId, String admissionToken) {
        if (admissionToken == null) {
            admissions.remove(eventId);
        } else {
            admissions.put(eventId, admissionToken);
        }
    }

    /**
     * Tells {@code listener} the event's id whenever the server refuses a hold or an order for want of a valid
     * admission (the turn lapsed): the kiosk asks the line where it stands, instead of waiting for its next beat.
     */
    public void onAdmissionRefused(LongConsumer listener) {
        admissionRefused.add(listener);
    }

    private Map<String, String> admissionHeader(long eventId) {
        String admission = admissions.get(eventId);
        return admission == null ? Map.of() : Map.of(Headers.ADMISSION, admission);
    }

    private <T> T admitted(long eventId, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.is(ErrorCode.QUEUE_ADMISSION_REQUIRED)) {
                admissionRefused.forEach(l -> l.accept(eventId));
            }
            throw e;
        }
    }

    /** Joins the event's waiting room, or keeps the place already held (a kiosk is its account at its terminal). */
    public QueueStatus queueCheck(long eventId) {
        return send("POST", path(ApiPaths.QUEUE_CHECK, eventId), null, QueueStatus.class, Map.of());
    }

    /** Where this terminal stands in the event's waiting room; renews nothing. */
    public QueueStatus queueStatus(long eventId) {
        return send("GET", path(ApiPaths.QUEUE_STATUS, eventId), null, QueueStatus.class, Map.of());
    }

    /** Still here: keeps a waiting place, renews an admitted slot. */
    public QueueStatus queueHeartbeat(long eventId) {
        return send("POST", path(ApiPaths.QUEUE_HEARTBEAT, eventId), null, QueueStatus.class, Map.of());
    }

    /** Leaves the line, or gives the admitted slot to the next in line. */
    public void queueLeave(long eventId) {
        send("POST", path(ApiPaths.QUEUE_LEAVE, eventId), null, Void.class, Map.of());
    }

    /** The signed-in account. */
    public UserView me() {
        return send("GET", ApiPaths.ME, null, UserView.class, Map.of());
    }

    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    public OrderView refund(long orderId, RefundRequest request) {
        return send("POST", path(ApiPaths.ORDER_REFUND, orderId), request, OrderView.class, Map.of());
    }

    public ExchangeResult exchange(long orderId, ExchangeRequest request) {
        return send("POST", path(ApiPaths.ORDER_EXCHANGE, orderId), request, ExchangeResult.class, Map.of());
    }

    /**
     * A call the typed methods above do not name, for a feature's own small API class (the admin panel's
     * sections): {@code path} is an {@link ApiPaths} template already filled in (see {@link #fill}).
     */
    public <T> T send(String method, String path, Object body, Class<T> type) {
        return send(method, path, body, type, Map.of());
    }

    public <T> T send(String method, String path, Object body, TypeReference<T> type) {
        return send(method, path, body, type, Map.of());
    }

    /** A GET whose answer is not JSON (CSV, PDF): the bytes as sent. */
    public byte[] bytes(String path, String accept) {
        HttpRequest r = HttpRequest.newBuilder(request("GET", path, null, Map.of()), (n, v) -> !n.equalsIgnoreCase("Accept"))
                .header("Accept", accept).build();
        HttpResponse<byte[]> answer = exchange(r, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() >= 400) {
            throw problem(answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer.body();
    }

    /** {@code /api/x/{id}} with its first placeholder replaced by {@code id}, URL-encoded. */
    public static String fill(String template, Object id) {
        return path(template, id);
    }

    public byte[] ticketsPdf(long orderId) {
        HttpResponse<byte[]> r = exchange(request("GET", path(ApiPaths.ORDER_TICKETS_PDF, orderId), null, Map.of()),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw problem(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    /** The look-up by ticket code, order number, name, event or date. */
    public PageResponse<OrderSummary> orders(OrderQuery query) {
        return send("GET", ApiPaths.ORDERS + query.toQueryString(), null, new TypeReference<PageResponse<OrderSummary>>() {
        }, Map.of());
    }

    public OrderView order(long id) {
        return send("GET", path(ApiPaths.ORDER, id), null, OrderView.class, Map.of());
    }

    public CashReport closeCashSession(long sessionId, long countedCash) {
        return send("POST", path(ApiPaths.CASH_SESSION_CLOSE, sessionId), new CashSessionCloseRequest(countedCash), CashReport.class, Map.of());
    }

    public CashReport cashReport(long sessionId) {
        return send("GET", path(ApiPaths.CASH_SESSION_REPORT, sessionId), null, CashReport.class, Map.of());
    }

    public Optional<CashSessionView> currentCashSession() {
        try {
            return Optional.of(send("GET", ApiPaths.CASH_SESSION_CURRENT, null, CashSessionView.class, Map.of()));
        } catch (ApiException e) {
            if (e.is(ErrorCode.CASH_SESSION_NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public CashSessionView openCashSession(long openingFloat) {
        return send("POST", ApiPaths.CASH_SESSIONS, new CashSessionOpenRequest(openingFloat), CashSessionView.class, Map.of());
    }

    private static String path(String template, Object id) {
        return template.replaceFirst("\\{[^}]+}", URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8));
    }

    private <T> T send(String method, String path, Object body, Class<T> type, Map<String, String> headers) {
        String text = call(method, path, body, headers);
        return type == Void.class || text.isEmpty() ? null : JSON.readValue(text, type);
    }

    private <T> T send(String method, String path, Object body, TypeReference<T> type, Map<String, String> headers) {
        return JSON.readValue(call(method, path, body, headers), type);
    }

    private String call(String method, String path, Object body, Map<String, String> headers) {
        HttpResponse<String> r = exchange(request(method, path, body, headers), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
            throw problem(r.statusCode(), r.body());
        }
        return r.body() == null ? "" : r.body();
    }

    private HttpRequest request(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json, application/pdf, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (terminal != null && !terminal.isBlank()) {
            b.header(Headers.TERMINAL, terminal);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("")
                    : HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ApiException(0, ApiException.UNREACHABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, ApiException.UNREACHABLE, "interrupted");
        }
    }

    private static ApiException problem(int status, String body) {
        try {
            JsonNode n = JSON.readTree(body);
            String code = n.path("code").asText("");
            List<dev.tiketi.model.error.FieldError> fields = new java.util.ArrayList<>();
            n.path("errors").forEach(e -> fields.add(new dev.tiketi.model.error.FieldError(e.path("field").asText(""),
                    e.path("message").asText(""))));
            return new ApiException(status, code.isEmpty() ? "HTTP_" + status : code, n.path("detail").asText(""), fields);
        } catch (RuntimeException e) {
            return new ApiException(status, "HTTP_" + status, "");
        }
    }
}
