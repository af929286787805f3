package dev.tiketi.server.holds;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.ForceRelease;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class HoldAdminController {
    private final HoldService holds;

    HoldAdminController(HoldService holds) {
        this.holds = holds;
    }

    @Operation(summary = "Force-release anyone's hold (e.g. an abandoned terminal) with a reason; audited with the reason.")
    @DeleteMapping(ApiPaths.ADMIN_HOLD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable @Size(max = 48) String id,
                 @RequestParam(name = ForceRelease.REASON) @NotBlank @Size(max = ForceRelease.MAX_REASON) String reason) {
        holds.forceRelease(id, reason.strip());
    }
}
