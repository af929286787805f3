package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.holds.HoldIds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holds an order request names, in the caller's order, and their one event. An order row has one
 * event, so holds of several events are refused before anything is looked up or claimed.
 */
record OrderHolds(List<String> ids, long eventId) {

    static OrderHolds of(OrderRequest request) {
        List<String> ids = named(request);
        long eventId = HoldIds.eventOf(ids.get(0));
        for (String id : ids) {
            if (HoldIds.eventOf(id) != eventId) {
                throw new ApiException(ErrorCode.HOLDS_NOT_SAME_EVENT);
            }
        }
        return new OrderHolds(ids, eventId);
    }

    /** The hold the order row is filed under (customer_order.hold_id): the first one named. */
    String primary() {
        return ids.get(0);
    }

    boolean sameAs(Set<String> holds) {
        return holds.equals(Set.copyOf(ids));
    }

    private static List<String> named(OrderRequest request) {
        if (request.holdId() != null && request.holdIds() != null) {
            throw invalid("Send holdId or holdIds, not both.");
        }
        if (request.holdId() != null) {
            if (request.holdId().isBlank()) {
                throw invalid("holdId is blank.");
            }
            return List.of(request.holdId());
        }
        List<String> ids = request.holdIds();
        if (ids == null) {
            throw invalid("Send holdId (one hold) or holdIds (several holds of one event).");
        }
        if (ids.isEmpty() || ids.size() > OrderRequest.MAX_HOLDS) {
            throw invalid("holdIds must name 1 to " + OrderRequest.MAX_HOLDS + " holds; it names " + ids.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw invalid("holdIds has an empty entry.");
            }
            if (!seen.add(id)) {
                throw invalid("holdIds names a hold twice.");
            }
        }
        return List.copyOf(ids);
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ErrorCode.ORDER_HOLDS_INVALID, detail);
    }
}
