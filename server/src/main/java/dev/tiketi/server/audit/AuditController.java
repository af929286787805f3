package dev.tiketi.server.audit;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.admin.AuditQuery;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditController {
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final AuditQueries audit;
    private final AuditBatches batches;

    AuditController(AuditQueries audit, AuditBatches batches) {
        this.audit = audit;
        this.batches = batches;
    }

    @Operation(summary = "The audit log, newest first: by who (username), actions (any of several), event, terminal and "
            + "time [from, to). Sign-ins, holds, sales, refunds, exchanges, reprints, forced releases, queue changes, "
            + "seat kills, cash sessions and admin changes.")
    @GetMapping(ApiPaths.ADMIN_AUDIT)
    PageResponse<AuditEntryView> search(@RequestParam(name = AuditQuery.ACTOR, required = false) @Size(max = 64) String actor,
                                        @RequestParam(name = AuditQuery.ACTION, required = false) @Size(max = 40) List<@Size(max = 64) String> actions,
                                        @RequestParam(name = AuditQuery.EVENT, required = false) @Positive Long event,
                                        @RequestParam(name = AuditQuery.TERMINAL, required = false) @Size(max = 64) String terminal,
                                        @RequestParam(name = AuditQuery.FROM, required = false) Instant from,
                                        @RequestParam(name = AuditQuery.TO, required = false) Instant to,
                                        @RequestParam(name = AuditQuery.PAGE, defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(name = AuditQuery.SIZE, defaultValue = "50") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        requireSupported(AuditQuery.FROM, from);
        requireSupported(AuditQuery.TO, to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalid(AuditQuery.TO, "must be after 'from'");
        }
        // what this instance has queued is in the answer; another instance's last batch interval may not be yet
        batches.flush();
        return audit.search(new AuditQueries.Filter(blankToNull(actor), actions == null ? null
                : actions.stream().filter(a -> !a.isBlank()).map(String::strip).toList(), event, blankToNull(terminal), from, to),
                page, size);
    }

    private static void requireSupported(String parameter, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter '" + parameter + "' must be between 2000-01-01 and 9999-12-31.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
