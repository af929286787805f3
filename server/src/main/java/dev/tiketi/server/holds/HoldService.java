package dev.tiketi.server.holds;

import dev.tiketi.model.admin.AuditAction;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import dev.tiketi.server.catalog.EventLayout;
import dev.tiketi.server.catalog.LayoutSeat;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.catalog.SaleTermsCache;
import dev.tiketi.server.catalog.VersionedEventCache;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.HoldItem;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.HoldTerms;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.queue.AdmissionGate;
import dev.tiketi.server.system.OperationsMeters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Taking, extending and releasing holds. The checks (event on sale, seat exists and is not blocked, price) read the
 * per-instance catalog caches, and the taking itself is one atomic script in {@link Inventory}; a customer's hold reads
 * PostgreSQL once (the tickets already bought, for the per-customer limit) and nothing else does: the audit row goes
 * out in a batch ({@link AuditLog#recordBatched}).
 */
@Service
public class HoldService {
    /**
     * Candidate blocks passed to one best-available hold: shoppers who looked at the same moment share the
     * list, so up to this many of them are served from one look (a rush is limited by the waiting room's
     * admissions, usually well below this).
     */
    private static final int BEST_AVAILABLE_BLOCKS = 64;
    /** Reads of the catalog a hold makes before it gives up on an event that keeps changing under it. */
    private static final int CATALOG_ATTEMPTS = 3;
    /** Refusals a hold decides from the event's terms and layout before its script runs. */
    private static final Set<ErrorCode> DECIDED_BY_THE_COPY = EnumSet.of(ErrorCode.EVENT_NOT_ON_SALE,
            ErrorCode.HOLD_LIMIT_EXCEEDED, ErrorCode.EVENT_NOT_FOUND, ErrorCode.SEAT_NOT_FOUND, ErrorCode.SEAT_BLOCKED,
            ErrorCode.SOLD_OUT, ErrorCode.VALIDATION_FAILED);

    private final SaleTermsCache catalog;
    private final SaleSeats seats;
    private final Inventory inventory;
    private final AuditLog audit;
    private final AdmissionGate gate;
    private final OperationsMeters meters;
    private final Clock clock;
    private final HoldSweeper sweeper;

    HoldService(SaleTermsCache catalog, SaleSeats seats, Inventory inventory, AuditLog audit, AdmissionGate gate,
                OperationsMeters meters, Clock clock, HoldSweeper sweeper) {
        this.sweeper = sweeper;
        this.meters = meters;
        this.catalog = catalog;
        this.seats = seats;
        this.inventory = inventory;
        this.audit = audit;
        this.gate = gate;
        this.clock = clock;
    }

    public HoldView create(long eventId, HoldRequest request, CurrentUser user, String terminal, String admission) {
        boolean chosen = request.seatIds() != null;
        boolean byTier = request.tierId() != null || request.quantity() != null;
        if (chosen == byTier) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Send either seatIds or tierId with quantity.",
                    List.of(new FieldError("seatIds", "either seatIds or tierId and quantity")));
        }
        if (byTier && (request.tierId() == null || request.quantity() == null)) {
            throw ApiException.invalid(request.tierId() == null ? "tierId" : "quantity", "must not be null");
        }
        if (Boolean.TRUE.equals(request.accessible()) && !Boolean.TRUE.equals(request.bestAvailable())) {
            throw ApiException.invalid("accessible", "only with bestAvailable");
        }
        boolean customer = user.role() == Role.CUSTOMER;
        String holdId = HoldIds.next(eventId);
        Integer bought = null;
        // The first attempt trusts this instance's copy of the catalog and lets the hold script check its version;
        // the next ones read the version (and the rows, if they moved) first.
        for (int attempt = 1; ; attempt++) {
            boolean checked = attempt > 1;
            String used = null;
            HoldView view;
            try {
                Sale sale = sale(eventId, user.isAdmin(), checked);
                used = sale.version();
                SaleTerms event = sale.terms();
                if (event.status() != EventStatus.ON_SALE) {
                    throw new ApiException(ErrorCode.EVENT_NOT_ON_SALE, "This event is " + event.status().name().toLowerCase().replace('_', ' ') + ".");
                }
                int quantity = chosen ? request.seatIds().size() : request.quantity();
                if (quantity > event.perCustomerLimit()) {
                    throw new ApiException(ErrorCode.HOLD_LIMIT_EXCEEDED, "At most " + event.perCustomerLimit() + " tickets per customer for this event.");
                }
                if (bought == null) {
                    gate.require(eventId, user, terminal, admission);
                    bought = customer ? seats.boughtBy(user.id(), eventId) : 0;
                }
                // Redis keeps milliseconds; the answer should say exactly what Redis will enforce
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                HoldTerms terms = new HoldTerms(ShopperIds.of(user, terminal), user.id(), customer ? user.id() : null,
                        event.perCustomerLimit(), bought, now, now.plus(Duration.ofMinutes(event.holdMinutes())),
                        now.plus(Duration.ofMinutes(event.maxHoldMinutes())), sale.version());
                view = hold(sale, holdId, terms, request, chosen);
            } catch (Inventory.CatalogMoved moved) {
                if (attempt == CATALOG_ATTEMPTS) {
                    throw moved;
                }
                continue;
            } catch (ApiException refused) {
                // A refusal read off this instance's copy (not on sale, over the limit, no such event, tier or seat)
                // may come from a copy an admin's change has already replaced: it stands only once the copy is
                // confirmed current (decision 0029). A refusal from Redis itself stands as it is.
                if (!checked && DECIDED_BY_THE_COPY.contains(refused.code()) && catalogMoved(eventId, used)) {
                    continue;
                }
                throw refused;
            }
            audit.recordBatched("HOLD_CREATED", "hold", eventId, Map.of("hold", holdId, "items", view.items().size(), "total", view.total()));
            sweeper.expiresAt(view.expiresAt());
            meters.holdCreated();
            return view;
        }
    }

    /**
     * True if the copy a refusal was read from ({@code used}: its version, null if the copy itself said there is no
     * such event for this caller) is not the current one: reading the current version also brings the copy up to date.
     */
    private boolean catalogMoved(long eventId, String used) {
        VersionedEventCache.Versioned<SaleTerms> current = catalog.versionedTerms(eventId, true).orElse(null);
        if (current == null) {
            return false; // no such event: the refusal stands
        }
        return used == null || !used.equals(current.version());
    }

    /** The event's terms and layout at one catalog version (see {@link #create}). */
    private record Sale(String version, SaleTerms terms, EventLayout layout) {
    }

    private Sale sale(long eventId, boolean includeDrafts, boolean checked) {
        for (int read = 1; ; read++) {
            VersionedEventCache.Versioned<SaleTerms> terms = catalog.versionedTerms(eventId, checked)
                    .filter(t -> includeDrafts || t.value().status() != EventStatus.DRAFT)
                    .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
            VersionedEventCache.Versioned<EventLayout> layout = seats.layout(eventId, checked)
                    .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
            if (terms.version().equals(layout.version())) {
                return new Sale(terms.version(), terms.value(), layout.value());
            }
            // copies read under two versions: at least one is out of date
            if (read == CATALOG_ATTEMPTS) {
                throw new Inventory.CatalogMoved();
            }
            checked = true;
        }
    }

    private HoldView hold(Sale sale, String holdId, HoldTerms terms, HoldRequest request, boolean chosen) {
        SaleTerms event = sale.terms();
        if (chosen) {
            if (event.kind() != EventKind.RESERVED) {
                throw ApiException.invalid("seatIds", "this event has no reserved seats; hold by tierId and quantity");
            }
            return holdChosen(sale, holdId, terms, request.seatIds());
        }
        if (event.kind() == EventKind.GA) {
            if (Boolean.TRUE.equals(request.bestAvailable())) {
                throw ApiException.invalid("bestAvailable", "a GA event has no seats to choose");
            }
            return holdStock(sale, holdId, terms, request.tierId(), request.quantity());
        }
        if (!Boolean.TRUE.equals(request.bestAvailable())) {
            throw ApiException.invalid("bestAvailable", "a reserved-seat event needs seatIds, or bestAvailable: true");
        }
        return holdBest(sale, holdId, terms, request.tierId(), request.quantity(), Boolean.TRUE.equals(request.accessible()));
    }

    private HoldView holdChosen(Sale sale, String holdId, HoldTerms terms, List<Long> ids) {
        if (ids.size() > 1 && new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("seatIds", "a seat is listed twice");
        }
        List<LayoutSeat> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            LayoutSeat seat = sale.layout().seat(id).filter(LayoutSeat::priced).orElse(null);
            if (seat == null) {
                throw new ApiException(ErrorCode.SEAT_NOT_FOUND, "Seat " + id + " is not part of this event.");
            }
            if (seat.blocked()) {
                throw new ApiException(ErrorCode.SEAT_BLOCKED, "Seat " + seat.label() + " is blocked and cannot be sold.");
            }
            ordered.add(seat);
        }
        try {
            inventory.holdSeats(sale.terms().id(), holdId, terms, items(ordered));
        } catch (Inventory.SeatTaken e) {
            throw new ApiException(ErrorCode.SEAT_UNAVAILABLE, "Seat " + label(ordered, e.seatId()) + " has just been "
                    + (e.sold() ? "sold" : "taken") + ".");
        } catch (Inventory.SeatKilled e) {
            throw new ApiException(ErrorCode.SEAT_BLOCKED, "Seat " + label(ordered, e.seatId()) + " is not for sale for this event.");
        }
        return view(sale.terms(), holdId, terms.expiresAt(), terms.maxExpiresAt(), ordered);
    }

    private static String label(List<LayoutSeat> seats, long seatId) {
        return seats.stream().filter(s -> s.id() == seatId).map(LayoutSeat::label).findFirst().orElse(Long.toString(seatId));
    }

    private HoldView holdBest(Sale sale, String holdId, HoldTerms terms, long tierId, int quantity, boolean accessible) {
        EventLayout layout = sale.layout();
        long eventId = sale.terms().id();
        if (layout.tier(tierId).isEmpty()) {
            throw ApiException.invalid("tierId", "no such tier in this event");
        }
        List<LayoutSeat> tierSeats = layout.seatsOfTier(tierId);
        // Each round that finds all its blocks taken saw at least one block go to someone else, so the tier
        // runs out of blocks before this runs out of rounds; the cap only guards against endless churn.
        int rounds = tierSeats.size() / quantity + 1;
        for (int round = 0; round < rounds; round++) {
            Inventory.SeatsState state = inventory.seats(eventId);
            List<List<LayoutSeat>> blocks = BestAvailable.blocks(tierSeats,
                    s -> state.free(s.id()), quantity, accessible, layout.stageX(), layout.stageY(),
                    BEST_AVAILABLE_BLOCKS);
            if (blocks.isEmpty()) {
                throw new ApiException(ErrorCode.SOLD_OUT, "Not " + quantity + (accessible ? " accessible" : "")
                        + " seats left in this tier.");
            }
            int taken = inventory.holdFirstFree(eventId, holdId, terms, blocks.stream().map(HoldService::items).toList());
            if (taken >= 0) {
                return view(sale.terms(), holdId, terms.expiresAt(), terms.maxExpiresAt(), blocks.get(taken));
            }
        }
        throw new ApiException(ErrorCode.SEAT_UNAVAILABLE, "The seats kept being taken; try again.");
    }

    private HoldView holdStock(Sale sale, String holdId, HoldTerms terms, long tierId, int quantity) {
        SaleTerms event = sale.terms();
        EventLayout.Tier tier = sale.layout().tier(tierId)
                .orElseThrow(() -> ApiException.invalid("tierId", "no such tier in this event"));
        inventory.holdStock(event.id(), holdId, terms, new HoldItem(0, tier.id(), tier.price()), quantity);
        List<HeldSeat> items = new ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            items.add(new HeldSeat(null, null, tier.id(), tier.code(), tier.price()));
        }
        return new HoldView(holdId, event.id(), items, tier.price() * quantity, event.currency(), terms.expiresAt(), terms.maxExpiresAt());
    }

    /** The caller's hold, or HOLD_NOT_FOUND (also when it is someone else's: its existence is not revealed). */
    public HoldView get(String holdId, CurrentUser user, String terminal) {
        long eventId = HoldIds.eventOf(holdId);
        HoldRecord hold = inventory.find(eventId, holdId).filter(h -> h.owner().equals(ShopperIds.of(user, terminal)))
                .orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        return view(hold);
    }

    public HoldView extend(String holdId, CurrentUser user, String terminal) {
        long eventId = HoldIds.eventOf(holdId);
        SaleTerms event = catalog.saleTerms(eventId).orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        Instant expires = inventory.extend(eventId, holdId, ShopperIds.of(user, terminal), Duration.ofMinutes(event.holdMinutes()),
                clock.instant());
        // a shopper paying slowly is active: the waiting-room slot must outlast the hold it is paying for
        gate.touch(eventId, user, terminal);
        audit.recordBatched("HOLD_EXTENDED", "hold", eventId, Map.of("hold", holdId, "expiresAt", expires.toString()));
        return get(holdId, user, terminal);
    }

    public void release(String holdId, CurrentUser user, String terminal) {
        long eventId = releaseAs(holdId, ShopperIds.of(user, terminal));
        audit.recordBatched("HOLD_RELEASED", "hold", eventId, Map.of("hold", holdId));
    }

    /**
     * An admin frees someone's seats, e.g. a terminal that was abandoned mid-sale; the reason goes into the audit
     * log at once (an admin's action is rare and its row is read soon after).
     */
    public void forceRelease(String holdId, String reason) {
        long eventId = releaseAs(holdId, null);
        audit.record(AuditAction.HOLD_FORCE_RELEASED, "hold", eventId, Map.of("hold", holdId, "reason", reason));
    }

    private long releaseAs(String holdId, String owner) {
        long eventId = HoldIds.eventOf(holdId);
        switch (inventory.release(eventId, holdId, owner, false, clock.instant())) {
            case NOT_FOUND -> throw new ApiException(ErrorCode.HOLD_NOT_FOUND);
            case BEING_PAID -> throw new ApiException(ErrorCode.REQUEST_IN_PROGRESS, "The hold is being paid for.");
            default -> {
                return eventId;
            }
        }
    }

    HoldView view(HoldRecord hold) {
        SaleTerms event = catalog.saleTerms(hold.eventId()).orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        if (hold.seats()) {
            Map<Long, LayoutSeat> byId = seats.byIds(hold.eventId(), hold.seatIds()).stream()
                    .collect(Collectors.toMap(LayoutSeat::id, Function.identity()));
            List<HeldSeat> items = hold.items().stream().map(i -> {
                LayoutSeat s = byId.get(i.seatId());
                return new HeldSeat(i.seatId(), s == null ? null : s.label(), i.tierId(), s == null ? null : s.tierCode(), i.price());
            }).toList();
            return new HoldView(hold.holdId(), hold.eventId(), items, hold.total(), event.currency(), hold.expiresAt(), hold.maxExpiresAt());
        }
        HoldItem tier = hold.items().get(0);
        String code = seats.tiers(hold.eventId()).stream().filter(t -> t.id() == tier.tierId()).map(EventLayout.Tier::code)
                .findFirst().orElse(null);
        List<HeldSeat> items = new ArrayList<>();
        for (int i = 0; i < hold.quantity(); i++) {
            items.add(new HeldSeat(null, null, tier.tierId(), code, tier.price()));
        }
        return new HoldView(hold.holdId(), hold.eventId(), items, hold.total(), event.currency(), hold.expiresAt(), hold.maxExpiresAt());
    }

    private static HoldView view(SaleTerms event, String holdId, Instant expires, Instant max, List<LayoutSeat> chosen) {
        List<HeldSeat> items = chosen.stream().map(s -> new HeldSeat(s.id(), s.label(), s.tierId(), s.tierCode(), s.price())).toList();
        return new HoldView(holdId, event.id(), items, items.stream().mapToLong(HeldSeat::price).sum(), event.currency(), expires, max);
    }

    private static List<HoldItem> items(List<LayoutSeat> chosen) {
        return chosen.stream().map(s -> new HoldItem(s.id(), s.tierId(), s.price())).toList();
    }
}
