package dev.tiketi.server.support;

import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.model.sales.Tender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Selling through the real API, as a terminal would: holds, orders, snapshots, seat ids by label. */
public final class Sales {
    public static final String CARD = "4242424242424242";

    private final Api api;

    public Sales(Api api) {
        this.api = api;
    }

    /** Seat ids of a venue by label ("FLR-B-3"). */
    public Map<String, Long> seatIds(long venueId) {
        VenueLayout layout = api.get("/api/venues/" + venueId + "/layout", null).as(VenueLayout.class);
        Map<String, Long> ids = new HashMap<>();
        layout.sections().forEach(s -> s.rows().forEach(r -> r.seats().forEach(seat -> ids.put(seat.label(), seat.id()))));
        return ids;
    }

    public List<SeatView> seats(long venueId) {
        VenueLayout layout = api.get("/api/venues/" + venueId + "/layout", null).as(VenueLayout.class);
        return layout.sections().stream().flatMap(s -> s.rows().stream()).flatMap(r -> r.seats().stream()).toList();
    }

    public Api.Res hold(long eventId, HoldRequest request, String token, String terminal) {
        return api.send("POST", "/api/events/" + eventId + "/holds", Api.JSON.writeValueAsString(request), "application/json",
                token, terminal == null ? Map.of() : Map.of(Headers.TERMINAL, terminal));
    }

    public Api.Res holdSeats(long eventId, String token, String terminal, Long... seatIds) {
        return hold(eventId, HoldRequest.seats(List.of(seatIds)), token, terminal);
    }

    public Api.Res buy(String holdId, PaymentRequest payment, String token, String terminal, String key) {
        Map<String, String> headers = new HashMap<>();
        if (terminal != null) {
            headers.put(Headers.TERMINAL, terminal);
        }
        if (key != null) {
            headers.put(Headers.IDEMPOTENCY_KEY, key);
        }
        return api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new OrderRequest(holdId, payment, "Kim Test")),
                "application/json", token, headers);
    }

    public Api.Res buyByCard(String holdId, String token, String terminal) {
        return buy(holdId, PaymentRequest.of(Tender.card(CARD)), token, terminal, UUID.randomUUID().toString());
    }

    /**
     * One GA ticket by card, as a patient buyer does it: while what is left is only held by others (ALL_HELD),
     * or the hold vanished before paying (a Redis loss), it tries again; it stops at an order or SOLD_OUT.
     * {@code held} runs after each hold taken (a test's hook to break something mid-burst).
     */
    public Api.Res buyGaPatiently(long eventId, long tierId, String token, String terminal, Runnable held) {
        Api.Res last = null;
        for (int attempt = 0; attempt < 5_000; attempt++) {
            last = hold(eventId, HoldRequest.stock(tierId, 1), token, terminal);
            if (last.status() == 201) {
                held.run();
                last = buyByCard(last.body().get("holdId").asString(), token, terminal);
                if (last.status() == 201 || !List.of("HOLD_NOT_FOUND", "HOLD_EXPIRED").contains(last.code())) {
                    return last;
                }
            } else if (!"ALL_HELD".equals(last.code())) {
                return last;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000); // a client's back-off, not a wait for a result
        }
        return last;
    }

    public Api.Res buyByCash(String holdId, long tendered, String token, String terminal) {
        return buy(holdId, PaymentRequest.of(Tender.cash(tendered)), token, terminal, UUID.randomUUID().toString());
    }

    public SeatsSnapshot snapshot(long eventId) {
        return api.get("/api/events/" + eventId + "/seats", null).as(SeatsSnapshot.class);
    }

    public Map<Long, SeatStatus> statuses(long eventId) {
        return snapshot(eventId).seats().stream().collect(Collectors.toMap(SeatState::seatId, SeatState::status));
    }

    public StockSnapshot stock(long eventId) {
        return api.get("/api/events/" + eventId + "/stock", null).as(StockSnapshot.class);
    }

    /** Opens the clerk's cash drawer at {@code terminal} (null: no terminal header); returns the session id. */
    public long openCashSession(String token, long openingFloat, String terminal) {
        Api.Res r = api.send("POST", "/api/cash-sessions", Api.JSON.writeValueAsString(Map.of("openingFloat", openingFloat)),
                "application/json", token, terminal == null ? Map.of() : Map.of(Headers.TERMINAL, terminal));
        if (r.status() != 201) {
            throw new IllegalStateException("cash session not opened: " + r);
        }
        return r.body().get("id").asLong();
    }
}
