package dev.tiketi.server.catalog;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventRequest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.common.Headers;
import dev.tiketi.server.auth.CurrentUser;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins list drafts through the public GET /api/events (which shows them drafts); changes go here. */
@RestController
@RequestMapping(ApiPaths.ADMIN_EVENTS)
@PreAuthorize("hasRole('ADMIN')")
class EventAdminController {
    private final EventAdminService service;

    EventAdminController(EventAdminService service) {
        this.service = service;
    }

    @Operation(summary = "Create a DRAFT event with its tiers.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EventDetail create(@Valid @RequestBody EventRequest request) {
        return service.create(request);
    }

    @Operation(summary = "Change an event; once published its kind, venue and tier codes stay.")
    @PutMapping("/{id}")
    EventDetail update(@PathVariable @Positive long id, @Valid @RequestBody EventRequest request) {
        return service.update(id, request);
    }

    @Operation(summary = "DRAFT -> PUBLISHED: from then on the sale window decides UPCOMING / ON_SALE / CLOSED.")
    @PostMapping("/{id}/publish")
    EventDetail publish(@PathVariable @Positive long id) {
        return service.publish(id);
    }

    @Operation(summary = "Stop sales now (PUBLISHED -> CLOSED).")
    @PostMapping("/{id}/close")
    EventDetail close(@PathVariable @Positive long id) {
        return service.close(id);
    }

    @Operation(summary = "Cancel the event, and refund every order (REFUND_ALL: cards back to the cards, cash from the drawer "
            + "open at this terminal) or flag each for follow-up (FLAG_FOR_FOLLOW_UP), in one transaction.")
    @PostMapping("/{id}/cancel")
    EventDetail cancel(@PathVariable @Positive long id, @Valid @RequestBody EventCancelRequest request,
                       @AuthenticationPrincipal CurrentUser admin,
                       @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return service.cancel(id, request, admin, terminal);
    }

    @Operation(summary = "What cancelling would do: orders, tickets, seats and money still valid, and how a refund would split.")
    @GetMapping("/{id}/cancel/summary")
    CancelSummary cancelSummary(@PathVariable @Positive long id) {
        return service.cancelSummary(id);
    }
}
