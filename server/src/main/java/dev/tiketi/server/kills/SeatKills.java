package dev.tiketi.server.kills;

import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.catalog.EventCatalog;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.catalog.SeatEntity;
import dev.tiketi.server.catalog.SeatRepository;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.Inventory;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-event seat kills: house seats, production holds, broken seats, taken off sale for one event while it is
 * upcoming or on sale. The row (JPA) keeps the kill across a Redis loss; the Redis script decides, atomically
 * against every hold, whether the seats are free, and pushes them to every terminal as BLOCKED. The script runs
 * inside the transaction, after the rows are written: a refusal rolls the rows back, and a transaction that
 * fails after the script puts the seats back on sale.
 */
@Service
class SeatKills {
    private static final Logger log = LoggerFactory.getLogger(SeatKills.class);

    private final SeatKillRepository kills;
    private final SeatRepository seats;
    private final EventCatalog catalog;
    private final Inventory inventory;
    private final AuditLog audit;
    private final Clock clock;

    SeatKills(SeatKillRepository kills, SeatRepository seats, EventCatalog catalog, Inventory inventory, AuditLog audit, Clock clock) {
        this.kills = kills;
        this.seats = seats;
        this.catalog = catalog;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SeatKillsView list(long eventId) {
        catalog.visible(eventId, true);
        return view(eventId);
    }

    @Transactional
    SeatKillsView kill(long eventId, SeatKillRequest request, CurrentUser admin) {
        SaleTerms event = killable(eventId);
        Map<Long, SeatEntity> found = seatsOf(event, request.seatIds());
        Set<Long> already = kills.findByEventIdAndSeatIdIn(eventId, request.seatIds()).stream().map(SeatKill::seatId)
                .collect(Collectors.toSet());
        List<Long> fresh = request.seatIds().stream().filter(id -> !already.contains(id)).toList();
        if (fresh.isEmpty()) {
            return view(eventId);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        kills.saveAll(fresh.stream().map(id -> new SeatKill(eventId, id, request.reason(), note, clock.instant(), admin.id())).toList());
        kills.flush();
        try {
            inventory.kill(eventId, fresh);
        } catch (Inventory.SeatNotFree e) {
            throw new ApiException(ErrorCode.SEAT_NOT_FREE, "Seat " + found.get(e.seatId()).label() + " is "
                    + (e.sold() ? "sold" : "held") + "; only a free seat can be taken off sale.");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    inventory.free(eventId, fresh);
                }
            }
        });
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("seats", fresh.stream().map(id -> found.get(id).label()).toList());
        details.put("reason", request.reason().name());
        if (note != null) {
            details.put("note", note);
        }
        audit.record("SEATS_KILLED", "event", eventId, details);
        return view(eventId);
    }

    @Transactional
    SeatKillsView free(long eventId, SeatFreeRequest request) {
        catalog.visible(eventId, true);
        requireDistinct(request.seatIds());
        List<SeatKill> killed = kills.findByEventIdAndSeatIdIn(eventId, request.seatIds());
        if (killed.isEmpty()) {
            return view(eventId);
        }
        List<Long> ids = killed.stream().map(SeatKill::seatId).toList();
        Map<Long, String> labels = seats.findAllById(ids).stream().collect(Collectors.toMap(SeatEntity::id, SeatEntity::label));
        kills.deleteAllInBatch(killed);
        audit.record("SEATS_FREED", "event", eventId, Map.of("seats", ids.stream().map(labels::get).toList()));
        // on sale again only once the rows are gone for good
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    inventory.free(eventId, ids);
                } catch (RuntimeException e) {
                    log.warn("Seats {} of event {} freed in the database but not in Redis; reloading: {}", ids, eventId, e.toString());
                    inventory.reload(eventId);
                }
            }
        });
        return view(eventId);
    }

    private SaleTerms killable(long eventId) {
        SaleTerms event = catalog.visible(eventId, true);
        if (event.kind() != EventKind.RESERVED) {
            throw ApiException.invalid("seatIds", "a GA event has no seats to take off sale");
        }
        if (event.status() != EventStatus.ON_SALE && event.status() != EventStatus.UPCOMING) {
            throw new ApiException(ErrorCode.EVENT_STATE_CONFLICT, "Seats are taken off sale while an event is upcoming or on sale; "
                    + "this one is " + event.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        return event;
    }

    private Map<Long, SeatEntity> seatsOf(SaleTerms event, List<Long> ids) {
        requireDistinct(ids);
        Map<Long, SeatEntity> found = seats.findByVenueIdAndIdIn(event.venueId(), ids).stream()
                .collect(Collectors.toMap(SeatEntity::id, Function.identity()));
        for (Long id : ids) {
            SeatEntity seat = found.get(id);
            if (seat == null) {
                throw new ApiException(ErrorCode.SEAT_NOT_FOUND, "Seat " + id + " is not part of this event.");
            }
            if (seat.blocked()) {
                throw new ApiException(ErrorCode.SEAT_BLOCKED, "Seat " + seat.label() + " is blocked in the layout already.");
            }
        }
        return found;
    }

    private static void requireDistinct(List<Long> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("seatIds", "a seat is listed twice");
        }
    }

    private SeatKillsView view(long eventId) {
        return new SeatKillsView(eventId, kills.views(eventId));
    }
}
