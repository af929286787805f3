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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EventController {
    private final EventCatalog catalog;
    private final InventorySnapshots snapshots;
    private final SaleTermsCache terms;

    EventController(EventCatalog catalog, InventorySnapshots snapshots, SaleTermsCache terms) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.terms = terms;
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
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = EventDetail.class)))
    @GetMapping(ApiPaths.EVENT)
    ResponseEntity<byte[]> get(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        return json(catalog.detailJson(id, isAdmin(user)));
    }

    @Operation(summary = "Status of every seat of a reserved event (AVAILABLE, HELD with its expiry, SOLD, BLOCKED) "
            + "with the event's version; never who holds a seat. Empty for GA events.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SeatsSnapshot.class)))
    @GetMapping(ApiPaths.EVENT_SEATS)
    ResponseEntity<byte[]> seats(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        boolean admin = isAdmin(user);
        return json(snapshots.seatsJson(id, version -> terms.visibleAt(id, version, admin))
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND)));
    }

    @Operation(summary = "Capacity, available, held and sold per tier, with the event's version.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = StockSnapshot.class)))
    @GetMapping(ApiPaths.EVENT_STOCK)
    ResponseEntity<byte[]> stock(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        boolean admin = isAdmin(user);
        return json(snapshots.stockJson(id, version -> terms.visibleAt(id, version, admin))
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND)));
    }

    private static boolean isAdmin(CurrentUser user) {
        return user != null && user.isAdmin();
    }

    /** Bytes serialised by the server's own mapper and kept while their inputs stand ({@link AnswerBytes}). */
    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static void requireSupported(String parameter, Instant value) {
        if (!SupportedDates.contains(value)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter '" + parameter + "' " + SupportedDates.RANGE + ".");
        }
    }
}
