package dev.tiketi.desktop.sale;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A server in memory for the sale models' unit tests: it records every call and answers as told. */
final class FakeSaleApi implements SaleApi {
    final List<String> calls = new ArrayList<>();
    final Set<String> live = new HashSet<>();
    final List<String> keys = new ArrayList<>();
    Instant now = Instant.parse("2027-01-01T10:00:00Z");
    RuntimeException nextFailure;
    OrderView order;
    int holds;
    private int holdsUntilFailure;
    private ErrorCode holdFailure;

    static final List<TierView> TIERS = List.of(new TierView(1, "VIP", "VIP석", 150_000, null), new TierView(2, "R", "R석", 120_000, null));

    EventKind kind = EventKind.GA;

    @Override
    public EventDetail event(long id) {
        calls.add("event " + id);
        fail();
        VenueSummary hall = kind == EventKind.RESERVED ? new VenueSummary(3, "세종문화회관", null, 0, "Asia/Seoul") : null;
        return new EventDetail(id, "신년 음악회 2027", null, kind, EventStatus.ON_SALE, Instant.parse("2027-01-01T10:30:00Z"),
                null, null, hall, TIERS, List.of(), 5, 15, 8, "KRW");
    }

    @Override
    public VenueLayout layout(long venueId) {
        calls.add("layout " + venueId);
        return new VenueLayout(venueId, "세종문화회관", 0, 0, 0, 10, 2, List.of());
    }

    @Override
    public HoldView hold(long eventId, HoldRequest request) {
        calls.add("hold " + eventId);
        if (--holdsUntilFailure == 0) {
            failNextWith(holdFailure);
        }
        fail();
        String id = "h" + (++holds);
        live.add(id);
        return new HoldView(id, eventId, List.of(new HeldSeat(null, null, 1, "VIP", 150_000)), 150_000, "KRW",
                now.plusSeconds(300), now.plusSeconds(900));
    }

    @Override
    public HoldView extend(String holdId) {
        calls.add("extend " + holdId);
        fail();
        return new HoldView(holdId, 1, List.of(new HeldSeat(null, null, 1, "VIP", 150_000)), 150_000, "KRW",
                now.plusSeconds(600), now.plusSeconds(900));
    }

    @Override
    public void release(String holdId) {
        calls.add("release " + holdId);
        fail();
        live.remove(holdId);
    }

    @Override
    public OrderView buy(String holdId, PaymentRequest payment, String customerName, String idempotencyKey) {
        calls.add("buy " + holdId + " " + customerName);
        keys.add(idempotencyKey);
        fail();
        live.remove(holdId);
        return order;
    }

    @Override
    public OrderView buyAll(List<String> holdIds, PaymentRequest payment, String customerName, String idempotencyKey) {
        calls.add("buy " + holdIds + " " + customerName);
        keys.add(idempotencyKey);
        fail();
        holdIds.forEach(live::remove);
        return order;
    }

    /** The {@code n}-th hold from now fails with {@code code} (the ones before it succeed). */
    void failHoldNumber(int n, ErrorCode code) {
        holdsUntilFailure = n;
        holdFailure = code;
    }

    void failNextWith(ErrorCode code) {
        nextFailure = new ApiException(code.httpStatus(), code.name(), code.defaultMessage());
    }

    private void fail() {
        RuntimeException e = nextFailure;
        nextFailure = null;
        if (e != null) {
            throw e;
        }
    }
}
