package dev.tiketi.server.dashboard;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.server.catalog.EventCatalog;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class DashboardController {
    private final SalesFiguresService figures;
    private final EventCatalog catalog;

    DashboardController(SalesFiguresService figures, EventCatalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    @Operation(summary = "An event's sales now: sold and revenue by channel and tier, held, holds in progress with terminal "
            + "and expiry, and the history since the first sale (sold and revenue so far per time bucket, by channel and tier). "
            + "Then live on /topic/events.{id}.sales (admins only, without history), at most once a second while it changes.")
    @GetMapping(ApiPaths.ADMIN_EVENT_SALES)
    SalesFigures sales(@PathVariable @Positive long id) {
        catalog.visible(id, true);
        return figures.snapshot(id);
    }
}
