package dev.tiketi.server.catalog;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventQuery;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.InventorySnapshots;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EventController {
    private final EventCatalog catalog;
    private final InventorySnapshots snapshots;

    EventController(EventCatalog catalog, InventorySnapshots snapshots) {
        this.catalog = catalog;
        this.snapshots = snapshots;
    }

    @Operation(summary = "Events by start time; filter by status, text (name or venue) and start date range. "
            + "Page size is capped at 100. Drafts are listed for admins only.")
    @GetMapping(ApiPaths.EVENTS)
    PageResponse<EventSummary> list(@RequestParam(name = EventQuery.STATUS, required = false) EventStatus status,
                                    @RequestParam(name = EventQuery.TEXT, required = false) @Size(max = 100) String text,
                                    @RequestParam(name = EventQuery.FROM, required = false) Instant from,
                                    @RequestParam(name = EventQuery.TO, required = false) Instant to,
                                    @RequestParam(name = EventQuery.PAGE, defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(name = EventQuery.SIZE, defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                                    @AuthenticationPrincipal CurrentUser user) {
        requireSupported(EventQuery.FROM, from);
        requireSupported(EventQuery.TO, to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalid("to", "must be after 'from'");
        }
        return catalog.search(status, text, from, to, page, size, user != null && user.isAdmin());
    }

    @Operation(summary = "One event with its venue, tiers and prices, and availability per tier.")
    @GetMapping(ApiPaths.EVENT)
    EventDetail get(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        return catalog.detail(id, user != null && user.isAdmin());
    }

    @Operation(summary = "Status of every seat of a reserved event (AVAILABLE, HELD with its expiry, SOLD, BLOCKED) "
            + "with the event's version; never who holds a seat. Empty for GA events.")
    @GetMapping(ApiPaths.EVENT_SEATS)
    SeatsSnapshot seats(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        catalog.visible(id, user != null && user.isAdmin());
        return snapshots.seats(id);
    }

    @Operation(summary = "Capacity, available, held and sold per tier, with the event's version.")
    @GetMapping(ApiPaths.EVENT_STOCK)
    StockSnapshot stock(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        catalog.visible(id, user != null && user.isAdmin());
        return snapshots.stock(id);
    }

    private static void requireSupported(String parameter, Instant value) {
        if (!SupportedDates.contains(value)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter '" + parameter + "' " + SupportedDates.RANGE + ".");
        }
    }
}
