package dev.tiketi.server.queue;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueWhatIf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RequestParam;
import dev.tiketi.server.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class QueueAdminController {
    private final QueueAdminService admin;

    QueueAdminController(QueueAdminService admin) {
        this.admin = admin;
    }

    @Operation(summary = "The event's waiting room: waiting, admitted, measured rate, oldest wait, settings.")
    @GetMapping(ApiPaths.QUEUE_ADMIN)
    QueueAdminView view(@PathVariable @Positive long eventId) {
        return admin.view(eventId);
    }

    @Operation(summary = "Set the event's waiting room: mode (AUTO, FORCED_ON, OFF), threshold (most admitted at once), "
            + "admissions per minute, idle and abandonment timeouts. Every server uses it at once; audited.")
    @PutMapping(ApiPaths.QUEUE_ADMIN)
    QueueAdminView update(@PathVariable @Positive long eventId, @Valid @RequestBody QueueSettings settings,
                          @AuthenticationPrincipal CurrentUser user) {
        return admin.update(eventId, settings, user);
    }

    @Operation(summary = "What a threshold and an admission rate would do to the line now, from the measured rate: the wait "
            + "of the shopper now last in line and the time to drain the line. Changes nothing.")
    @GetMapping(ApiPaths.QUEUE_ADMIN_WHAT_IF)
    QueueWhatIf whatIf(@PathVariable @Positive long eventId,
                       @RequestParam(name = QueueWhatIf.THRESHOLD) @Min(1) @Max(1_000_000) int threshold,
                       @RequestParam(name = QueueWhatIf.RATE) @Min(1) @Max(1_000_000) int admissionsPerMinute) {
        return admin.whatIf(eventId, threshold, admissionsPerMinute);
    }

    @Operation(summary = "Empty the line and the admitted set; everyone checks in again. Audited.")
    @PostMapping(ApiPaths.QUEUE_ADMIN_CLEAR)
    QueueAdminView clear(@PathVariable @Positive long eventId) {
        return admin.clear(eventId);
    }
}
