package dev.tiketi.server.catalog;

import dev.tiketi.model.admin.CancelChoice;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.orders.EventOrders;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.Inventory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing events. State moves DRAFT -> PUBLISHED -> CLOSED, and to CANCELLED from any of
 * those; within PUBLISHED the sale window alone decides UPCOMING / ON_SALE / CLOSED.
 */
@Service
public class EventAdminService {
    static final int DEFAULT_HOLD_MINUTES = 5;
    static final int DEFAULT_MAX_HOLD_MINUTES = 20;
    static final int DEFAULT_PER_CUSTOMER_LIMIT = 10;
    static final String DEFAULT_CURRENCY = "KRW";

    private final EventRepository events;
    private final EventQueries queries;
    private final VenueRepository venues;
    private final SeatRepository seats;
    private final EventCatalog catalog;
    private final AuditLog audit;
    private final Inventory inventory;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final EventOrders eventOrders;

    EventAdminService(EventRepository events, EventQueries queries, VenueRepository venues, SeatRepository seats,
                      EventCatalog catalog, AuditLog audit, Inventory inventory, Clock clock, ApplicationEventPublisher publisher,
                      EventOrders eventOrders) {
        this.eventOrders = eventOrders;
        this.queries = queries;
        this.seats = seats;
        this.publisher = publisher;
        this.inventory = inventory;
        this.events = events;
        this.venues = venues;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EventDetail create(EventRequest request) {
        EventQueries.Defaults defaults = validate(request);
        EventEntity event = new EventEntity(request.kind());
        describe(event, request, defaults);
        long id = events.save(event).id();
        replaceTiers(event, request);
        audit.record("EVENT_CREATED", "event", id, Map.of("name", request.name()));
        return catalog.detail(queries.find(id, clock.instant()).orElseThrow());
    }

    @Transactional
    EventDetail update(long id, EventRequest request) {
        EventEntity current = events.lock(id).orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
        if (current.state().equals("CANCELLED") || current.state().equals("CLOSED")) {
            throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT, "A " + current.state().toLowerCase()
                    + " event cannot be changed.");
        }
        if (!current.state().equals("DRAFT")) {
            if (current.kind() != request.kind() || !java.util.Objects.equals(current.venueId(), request.venueId())) {
                throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT,
                        "A published event keeps its kind and venue; cancel it and create another.");
            }
            Set<String> kept = new HashSet<>(request.tiers().stream().map(TierSpec::code).toList());
            List<String> dropped = current.tiers().stream().map(TierEntity::code).filter(c -> !kept.contains(c)).toList();
            if (!dropped.isEmpty()) {
                throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT,
                        "A published event keeps its tiers; missing: " + String.join(", ", dropped));
            }
        }
        EventQueries.Defaults defaults = validate(request);
        describe(current, request, defaults);
        replaceTiers(current, request);
        audit.record("EVENT_UPDATED", "event", id, Map.of("name", request.name()));
        publisher.publishEvent(new CatalogChanged(List.of(id)));
        return catalog.detail(queries.find(id, clock.instant()).orElseThrow());
    }

    @Transactional
    public EventDetail publish(long id) {
        return transition(id, Set.of("DRAFT"), "PUBLISHED", "EVENT_PUBLISHED");
    }

    @Transactional
    public EventDetail close(long id) {
        return transition(id, Set.of("PUBLISHED"), "CLOSED", "EVENT_CLOSED");
    }

    /** Cancels an event that has sold nothing yet (the demo's); with orders, the admin must choose (below). */
    @Transactional
    public EventDetail cancel(long id) {
        return cancel(id, new EventCancelRequest(CancelChoice.FLAG_FOR_FOLLOW_UP, null), null, null);
    }

    /**
     * Cancels the event and, in the same transaction, refunds or flags every order with a valid ticket. The event
     * row is locked first and a cancelled event sells nothing more, so the orders handled are all there will be;
     * a refund that cannot be made (a card refused, no drawer open for the cash part) cancels nothing.
     */
    @Transactional
    public EventDetail cancel(long id, EventCancelRequest request, CurrentUser admin, String terminal) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("orders", request.orders().name());
        if (request.reason() != null) {
            details.put("reason", request.reason());
        }
        EventDetail cancelled = transition(id, Set.of("DRAFT", "PUBLISHED", "CLOSED"), "CANCELLED", "EVENT_CANCELLED", details);
        if (request.orders() == CancelChoice.REFUND_ALL) {
            eventOrders.refundAll(id, admin, terminal, request.reason() != null ? request.reason() : "event cancelled");
        } else {
            eventOrders.flagAll(id, request.reason());
        }
        return cancelled;
    }

    /** What cancelling would do to the event's orders now. */
    @Transactional(readOnly = true)
    public CancelSummary cancelSummary(long id) {
        EventEntity event = events.findById(id).orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
        return eventOrders.summary(id, event.name(), event.currency());
    }

    /**
     * Tiers, and for GA one stock unit per unit of capacity; a capacity below the units already sold is
     * refused. Redis learns the new capacities once the change has committed.
     */
    private void replaceTiers(EventEntity event, EventRequest request) {
        long id = event.id();
        Map<String, TierEntity> byCode = new HashMap<>();
        event.tiers().forEach(t -> byCode.put(t.code(), t));
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < request.tiers().size(); i++) {
            TierSpec spec = request.tiers().get(i);
            kept.add(spec.code());
            TierEntity tier = byCode.get(spec.code());
            if (tier == null) {
                tier = new TierEntity(event, spec.code());
                event.tiers().add(tier);
            }
            tier.set(spec.name().strip(), spec.price(), spec.capacity(), i);
        }
        event.tiers().removeIf(t -> !kept.contains(t.code()));
        // The GA units and the answer are read and written in SQL below, in this same transaction: they must
        // see these tiers, and Hibernate does not flush for a JdbcClient query by itself.
        events.flush();
        List<String> overfull = queries.syncGaUnits(id);
        if (!overfull.isEmpty()) {
            throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT, "Tickets already sold do not fit the new capacity of "
                    + String.join(", ", overfull) + ".");
        }
        if (request.kind() == EventKind.GA) {
            Map<Long, Integer> capacities = queries.gaCapacities(id);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    inventory.applyCapacities(id, capacities);
                }
            });
        }
    }

    private EventDetail transition(long id, Set<String> from, String to, String action) {
        return transition(id, from, to, action, Map.of());
    }

    private EventDetail transition(long id, Set<String> from, String to, String action, Map<String, Object> more) {
        EventEntity current = events.lock(id).orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
        String before = current.state();
        if (!from.contains(before)) {
            throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT,
                    "The event is " + before + "; it cannot become " + to + ".");
        }
        current.setState(to);
        events.flush(); // read back in SQL, with the status the sale window gives it
        Map<String, Object> details = new java.util.LinkedHashMap<>(more);
        details.put("from", before);
        details.put("to", to);
        audit.record(action, "event", id, details);
        publisher.publishEvent(new CatalogChanged(List.of(id)));
        return catalog.detail(queries.find(id, clock.instant()).orElseThrow());
    }

    private static void describe(EventEntity event, EventRequest r, EventQueries.Defaults defaults) {
        event.describe(r.venueId(), r.name().strip(), r.description(), r.kind(), r.startsAt(), r.saleOpensAt(),
                r.saleClosesAt(), defaults);
    }

    private EventQueries.Defaults validate(EventRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Map.of("startsAt", r.startsAt(), "saleOpensAt", r.saleOpensAt(), "saleClosesAt", r.saleClosesAt())
                .forEach((field, value) -> {
                    if (!SupportedDates.contains(value)) {
                        errors.add(new FieldError(field, SupportedDates.RANGE));
                    }
                });
        if (!r.saleOpensAt().isBefore(r.saleClosesAt())) {
            errors.add(new FieldError("saleClosesAt", "must be after saleOpensAt"));
        }
        int hold = r.holdMinutes() != null ? r.holdMinutes() : DEFAULT_HOLD_MINUTES;
        int maxHold = r.maxHoldMinutes() != null ? r.maxHoldMinutes() : Math.max(DEFAULT_MAX_HOLD_MINUTES, hold);
        if (maxHold < hold) {
            errors.add(new FieldError("maxHoldMinutes", "must be at least holdMinutes"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.tiers().size(); i++) {
            if (!codes.add(r.tiers().get(i).code())) {
                errors.add(new FieldError("tiers[" + i + "].code", "tier code is used twice"));
            }
        }
        if (r.kind() == EventKind.GA) {
            for (int i = 0; i < r.tiers().size(); i++) {
                if (r.tiers().get(i).capacity() == null) {
                    errors.add(new FieldError("tiers[" + i + "].capacity", "a GA tier needs a capacity"));
                }
            }
            if (r.venueId() != null && !venues.existsById(r.venueId())) {
                errors.add(new FieldError("venueId", "no such venue"));
            }
        } else if (r.venueId() == null) {
            errors.add(new FieldError("venueId", "a reserved-seat event needs a venue"));
        } else if (venues.lock(r.venueId()).isEmpty()) {
            // the lock makes a concurrent layout change wait, so the tier check below stays true
            errors.add(new FieldError("venueId", "no such venue"));
        } else {
            for (int i = 0; i < r.tiers().size(); i++) {
                if (r.tiers().get(i).capacity() != null) {
                    errors.add(new FieldError("tiers[" + i + "].capacity", "reserved-seat tiers take their capacity from the seats"));
                }
            }
            Set<String> seatTiers = new TreeSet<>(seats.tierCodes(r.venueId()));
            Set<String> unpriced = new TreeSet<>(seatTiers);
            unpriced.removeAll(codes);
            if (!unpriced.isEmpty()) {
                errors.add(new FieldError("tiers", "the venue's seats also use tier(s) " + String.join(", ", unpriced)));
            }
            Set<String> seatless = new TreeSet<>(codes);
            seatless.removeAll(seatTiers);
            if (!seatless.isEmpty()) {
                errors.add(new FieldError("tiers", "no seat of the venue has tier(s) " + String.join(", ", seatless)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage(), errors);
        }
        return new EventQueries.Defaults(hold, maxHold,
                r.perCustomerLimit() != null ? r.perCustomerLimit() : DEFAULT_PER_CUSTOMER_LIMIT,
                r.currency() != null ? r.currency() : DEFAULT_CURRENCY);
    }
}
