package dev.tiketi.server.kills;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.server.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class SeatKillController {
    private final SeatKills kills;

    SeatKillController(SeatKills kills) {
        this.kills = kills;
    }

    @Operation(summary = "Seats taken off sale for this event (house seats, production holds, broken seats).")
    @GetMapping(ApiPaths.ADMIN_EVENT_KILLS)
    SeatKillsView list(@PathVariable @Positive long id) {
        return kills.list(id);
    }

    @Operation(summary = "Take seats off sale for this event, all or none, while it is upcoming or on sale: never a sold or "
            + "held seat (SEAT_NOT_FREE). Every terminal sees them BLOCKED at once; audited.")
    @PostMapping(ApiPaths.ADMIN_EVENT_KILLS)
    SeatKillsView kill(@PathVariable @Positive long id, @Valid @RequestBody SeatKillRequest request,
                       @AuthenticationPrincipal CurrentUser admin) {
        return kills.kill(id, request, admin);
    }

    @Operation(summary = "Put killed seats back on sale; every terminal sees them AVAILABLE at once; audited.")
    @PostMapping(ApiPaths.ADMIN_EVENT_KILLS_FREE)
    SeatKillsView free(@PathVariable @Positive long id, @Valid @RequestBody SeatFreeRequest request) {
        return kills.free(id, request);
    }
}
