package dev.tiketi.server.holds;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HoldController {
    private final HoldService holds;

    HoldController(HoldService holds) {
        this.holds = holds;
    }

    @Operation(summary = "Hold chosen seats {seatIds}, GA stock {tierId, quantity}, or the best reserved seats "
            + "{tierId, quantity, bestAvailable: true, accessible?}. All or nothing; lasts the event's hold time. "
            + "Customers and kiosks send the waiting room's admission token while the event's queue is on.")
    @PostMapping(ApiPaths.EVENT_HOLDS)
    @ResponseStatus(HttpStatus.CREATED)
    HoldView create(@PathVariable @Positive long id, @Valid @RequestBody HoldRequest request,
                    @AuthenticationPrincipal CurrentUser user,
                    @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal,
                    @RequestHeader(name = Headers.ADMISSION, required = false) String admission) {
        return holds.create(id, request, user, terminal, admission);
    }

    @Operation(summary = "The caller's hold. Someone else's is 404, as if it did not exist.")
    @GetMapping(ApiPaths.HOLD)
    HoldView get(@PathVariable @Size(max = 48) String id, @AuthenticationPrincipal CurrentUser user,
                 @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return holds.get(id, user, terminal);
    }

    @Operation(summary = "Extend the caller's hold by the event's hold time, up to its maximum lifetime.")
    @PostMapping(ApiPaths.HOLD_EXTEND)
    HoldView extend(@PathVariable @Size(max = 48) String id, @AuthenticationPrincipal CurrentUser user,
                    @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return holds.extend(id, user, terminal);
    }

    @Operation(summary = "Release the caller's hold; its seats or stock are free at once.")
    @DeleteMapping(ApiPaths.HOLD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable @Size(max = 48) String id, @AuthenticationPrincipal CurrentUser user,
                 @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        holds.release(id, user, terminal);
    }
}
