package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A box office in memory for the kiosk view-model's tests: a hall of two rows (A: VIP, B: Standard, six seats
 * each) or a GA event of two tiers, holds that expire by the test's clock and extend up to a cap, and the
 * simulated card terminal's three answers. Its live feeds are pushed by hand. It records every call.
 */
final class FakeBoxOffice implements SaleApi, LiveFeeds {
    static final List<TierView> SEATED = List.of(new TierView(1, "VIP", "VIP석", 150_000, null), new TierView(2, "STD", "일반석", 80_000, null));
    static final List<TierView> STANDING = List.of(new TierView(11, "EARLY", "Early bird", 40_000, 100), new TierView(12, "GEN", "General", 55_000, 100));

    final Clock clock;
    final EventKind kind;
    final List<String> calls = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final Map<String, HoldView> holds = new LinkedHashMap<>();
    final Map<String, OrderView> ordersByKey = new HashMap<>();
    final Map<Long, SeatState> seats = new HashMap<>();
    final Map<String, TierAvailability> stock = new LinkedHashMap<>();
    Duration holdTime = Duration.ofMinutes(5);
    Duration cap = Duration.ofMinutes(15);
    int perCustomerLimit = 8;
    int charges;
    /** The next payment goes through but its answer is lost on the way back. */
    boolean loseNextAnswer;
    /** The server cannot be reached at all. */
    boolean unreachable;
    private Runnable seatsChanged = () -> { };
    private Runnable stockChanged = () -> { };
    private int nextHold;

    FakeBoxOffice(Clock clock, EventKind kind) {
        this.clock = clock;
        this.kind = kind;
        for (SeatView s : seatViews()) {
            seats.put(s.id(), new SeatState(s.id(), SeatStatus.AVAILABLE, null));
        }
        for (TierView t : tiers()) {
            int capacity = kind == EventKind.GA ? t.capacity() : 6;
            stock.put(t.code(), new TierAvailability(t.code(), capacity, capacity, 0, 0));
        }
    }

    List<TierView> tiers() {
        return kind == EventKind.GA ? STANDING : SEATED;
    }

    /** Seat ids 101–106 (row A, VIP) and 201–206 (row B, Standard), left to right. */
    static List<SeatView> seatViews() {
        List<SeatView> out = new ArrayList<>();
        for (String row : List.of("A", "B")) {
            IntStream.rangeClosed(1, 6).forEach(n -> out.add(new SeatView((row.equals("A") ? 100 : 200) + n, "FLR-" + row + "-" + n, row, n,
                    row.equals("A") ? "VIP" : "STD", n, row.equals("A") ? 1 : 2, false, false)));
        }
        return out;
    }

    // --- the live feeds ---

    /** Another buyer took (or gave back) a seat: the push arrives. */
    void push(long seatId, SeatStatus status) {
        seats.put(seatId, new SeatState(seatId, status, null));
        seatsChanged.run();
    }

    void pushStock(String tierCode, int available) {
        TierAvailability a = stock.get(tierCode);
        stock.put(tierCode, new TierAvailability(tierCode, a.capacity(), available, a.capacity() - available, 0));
        stockChanged.run();
    }

    /** The first snapshots arrive (the feeds' first load). */
    void snapshotsArrive() {
        seatsChanged.run();
        stockChanged.run();
    }

    @Override
    public Seats seats(long eventId, Runnable changed) {
        seatsChanged = changed;
        return new Seats() {
            @Override
            public Map<Long, SeatState> seats() {
                return Map.copyOf(FakeBoxOffice.this.seats);
            }

            @Override
            public long version() {
                return 1;
            }

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public void close() {
                calls.add("close seats");
            }
        };
    }

    @Override
    public Stock stock(long eventId, Runnable changed) {
        stockChanged = changed;
        return new Stock() {
            @Override
            public StockSnapshot stock() {
                return new StockSnapshot(eventId, 1, List.copyOf(FakeBoxOffice.this.stock.values()));
            }

            @Override
            public void close() {
                calls.add("close stock");
            }
        };
    }

    // --- the server ---

    @Override
    public EventDetail event(long id) {
        if (unreachable) {
            throw new ApiException(0, ApiException.UNREACHABLE, "connection refused");
        }
        VenueSummary hall = kind == EventKind.RESERVED ? new VenueSummary(3, "세종문화회관", null, 12, "Asia/Seoul") : null;
        return new EventDetail(id, "신년 음악회 2027", null, kind, EventStatus.ON_SALE, Instant.parse("2027-01-01T10:30:00Z"), null, null,
                hall, tiers(), List.of(), 5, 15, perCustomerLimit, "KRW");
    }

    @Override
    public VenueLayout layout(long venueId) {
        List<SeatView> all = seatViews();
        return new VenueLayout(venueId, "세종문화회관", all.size(), 0, -2, 8, 1, List.of(new SectionLayout(1, "FLR", "Floor", List.of(
                new RowLayout("A", all.subList(0, 6)), new RowLayout("B", all.subList(6, 12))))));
    }

    @Override
    public HoldView hold(long eventId, HoldRequest request) {
        calls.add("hold " + describe(request));
        List<HeldSeat> items = new ArrayList<>();
        if (request.seatIds() != null) {
            for (long id : request.seatIds()) {
                if (seats.get(id).status() != SeatStatus.AVAILABLE) {
                    throw refusal(ErrorCode.SEAT_UNAVAILABLE);
                }
                SeatView s = seatViews().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
                items.add(new HeldSeat(id, s.label(), tier(s.tierCode()).id(), s.tierCode(), tier(s.tierCode()).price()));
            }
        } else {
            TierView t = tiers().stream().filter(x -> x.id() == request.tierId()).findFirst().orElseThrow();
            if (Boolean.TRUE.equals(request.bestAvailable())) {
                seatViews().stream().filter(s -> s.tierCode().equals(t.code()) && seats.get(s.id()).status() == SeatStatus.AVAILABLE)
                        .limit(request.quantity()).forEach(s -> items.add(new HeldSeat(s.id(), s.label(), t.id(), t.code(), t.price())));
                if (items.size() < request.quantity()) {
                    throw refusal(ErrorCode.SOLD_OUT);
                }
            } else {
                if (stock.get(t.code()).available() < request.quantity()) {
                    throw refusal(ErrorCode.SOLD_OUT);
                }
                IntStream.range(0, request.quantity()).forEach(i -> items.add(new HeldSeat(null, null, t.id(), t.code(), t.price())));
            }
        }
        items.stream().map(HeldSeat::seatId).filter(java.util.Objects::nonNull).forEach(id -> seats.put(id, new SeatState(id, SeatStatus.HELD, null)));
        seatsChanged.run(); // as the real server: the push goes out before the answer
        Instant now = clock.instant();
        HoldView h = new HoldView(eventId + "-h" + (++nextHold), eventId, items, items.stream().mapToLong(HeldSeat::price).sum(), "KRW",
                now.plus(holdTime), now.plus(cap));
        holds.put(h.holdId(), h);
        return h;
    }

    @Override
    public HoldView extend(String holdId) {
        calls.add("extend " + holdId);
        HoldView h = holds.get(holdId);
        if (h == null) {
            throw refusal(ErrorCode.HOLD_NOT_FOUND);
        }
        Instant longer = clock.instant().plus(holdTime);
        if (longer.isAfter(h.maxExpiresAt())) {
            longer = h.maxExpiresAt();
        }
        if (!longer.isAfter(h.expiresAt())) {
            throw refusal(ErrorCode.HOLD_EXTENSION_LIMIT);
        }
        HoldView extended = new HoldView(h.holdId(), h.eventId(), h.items(), h.total(), h.currency(), longer, h.maxExpiresAt());
        holds.put(holdId, extended);
        return extended;
    }

    @Override
    public void release(String holdId) {
        calls.add("release " + holdId);
        HoldView h = holds.remove(holdId);
        if (h == null) {
            throw refusal(ErrorCode.HOLD_NOT_FOUND);
        }
        h.items().stream().map(HeldSeat::seatId).filter(java.util.Objects::nonNull)
                .forEach(id -> seats.put(id, new SeatState(id, SeatStatus.AVAILABLE, null)));
        seatsChanged.run();
    }

    @Override
    public OrderView buy(String holdId, PaymentRequest payment, String customerName, String idempotencyKey) {
        return buyAll(List.of(holdId), payment, customerName, idempotencyKey);
    }

    @Override
    public OrderView buyAll(List<String> holdIds, PaymentRequest payment, String customerName, String idempotencyKey) {
        calls.add("buy " + new TreeSet<>(holdIds));
        keys.add(idempotencyKey);
        OrderView again = ordersByKey.get(idempotencyKey);
        if (again != null) {
            return again; // the server's replay: the order this key made, no second charge
        }
        for (String id : holdIds) {
            if (!holds.containsKey(id)) {
                throw refusal(ErrorCode.HOLD_NOT_FOUND);
            }
        }
        String card = payment.tenders().get(0).cardNumber();
        if (SimulatedCard.DECLINED.number().equals(card)) {
            throw refusal(ErrorCode.PAYMENT_DECLINED);
        }
        if (SimulatedCard.NO_ANSWER.number().equals(card)) {
            throw refusal(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
        }
        charges++;
        List<HoldView> bought = holdIds.stream().map(holds::remove).toList();
        long total = bought.stream().mapToLong(HoldView::total).sum();
        List<TicketView> tickets = new ArrayList<>();
        for (HoldView h : bought) {
            for (HeldSeat i : h.items()) {
                if (i.seatId() != null) {
                    seats.put(i.seatId(), new SeatState(i.seatId(), SeatStatus.SOLD, null));
                }
                tickets.add(new TicketView(tickets.size() + 1, "TKT-" + (tickets.size() + 1) + "-" + idempotencyKey, h.eventId(), "신년 음악회 2027",
                        Instant.parse("2027-01-01T10:30:00Z"), i.seatId(), i.label(), i.tierId(), i.tierCode(), tier(i.tierCode()).name(), i.price(),
                        TicketState.VALID, Channel.KIOSK, clock.instant(), "세종문화회관", "Asia/Seoul"));
            }
        }
        OrderView order = new OrderView(ordersByKey.size() + 1, "K" + (ordersByKey.size() + 1), bought.get(0).eventId(), "신년 음악회 2027",
                Instant.parse("2027-01-01T10:30:00Z"), OrderState.PAID, Channel.KIOSK, total, total, "KRW", null, clock.instant(), tickets,
                List.of(new PaymentView(TenderType.CARD, false, total, null, null, card.substring(12), clock.instant())), "세종문화회관", "Asia/Seoul");
        ordersByKey.put(idempotencyKey, order);
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new ApiException(0, ApiException.UNREACHABLE, "connection reset");
        }
        return order;
    }

    Set<String> releasedHolds() {
        Set<String> out = new TreeSet<>();
        calls.stream().filter(c -> c.startsWith("release ")).forEach(c -> out.add(c.substring("release ".length())));
        return out;
    }

    private TierView tier(String code) {
        return tiers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static String describe(HoldRequest r) {
        if (r.seatIds() != null) {
            return "seats " + new TreeSet<>(r.seatIds());
        }
        return (Boolean.TRUE.equals(r.bestAvailable()) ? "best " : "stock ") + r.tierId() + " x" + r.quantity();
    }

    static ApiException refusal(ErrorCode code) {
        return new ApiException(code.httpStatus(), code.name(), code.defaultMessage());
    }
}
