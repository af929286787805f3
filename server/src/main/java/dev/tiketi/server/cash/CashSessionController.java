package dev.tiketi.server.cash;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.CashSessionCloseRequest;
import dev.tiketi.model.sales.CashSessionOpenRequest;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
class CashSessionController {
    private final CashSessions sessions;

    CashSessionController(CashSessions sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "Open the caller's cash session at this terminal (X-Tiketi-Terminal) with the float in the drawer; "
            + "one open session per clerk and terminal. Cash is taken and paid out only at the terminal of an open session.")
    @PostMapping(ApiPaths.CASH_SESSIONS)
    @ResponseStatus(HttpStatus.CREATED)
    CashSessionView open(@Valid @RequestBody CashSessionOpenRequest request, @AuthenticationPrincipal CurrentUser user,
                         @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return sessions.open(user, terminal, request.openingFloat());
    }

    @Operation(summary = "The caller's cash session open at this terminal; 404 when none is open here.")
    @GetMapping(ApiPaths.CASH_SESSION_CURRENT)
    CashSessionView current(@AuthenticationPrincipal CurrentUser user,
                            @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return sessions.current(user, terminal)
                .orElseThrow(() -> new ApiException(ErrorCode.CASH_SESSION_NOT_FOUND, "No cash session is open at this terminal."));
    }

    @Operation(summary = "Close with the cash counted in the drawer; returns the report (expected vs counted, by tender).")
    @PostMapping(ApiPaths.CASH_SESSION_CLOSE)
    CashReport close(@PathVariable @Positive long id, @Valid @RequestBody CashSessionCloseRequest request,
                     @AuthenticationPrincipal CurrentUser user) {
        return sessions.close(id, user, request.countedCash());
    }

    @Operation(summary = "A session's report: float, expected and counted cash, variance, sales and refunds by tender, "
            + "voids, reprints. Own sessions; admins see all.")
    @GetMapping(ApiPaths.CASH_SESSION_REPORT)
    CashReport report(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user) {
        return sessions.report(id, user);
    }
}
