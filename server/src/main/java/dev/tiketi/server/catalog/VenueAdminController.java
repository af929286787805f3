package dev.tiketi.server.catalog;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.ADMIN_VENUES)
@PreAuthorize("hasRole('ADMIN')")
class VenueAdminController {
    private final VenueAdminService service;

    VenueAdminController(VenueAdminService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<VenueSummary> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @Operation(summary = "The venue's name, address and the layout generator input it was made from.")
    @GetMapping("/{id}")
    VenueRequest get(@PathVariable @Positive long id) {
        return service.get(id);
    }

    @Operation(summary = "Create a venue; its seats are generated from the section specs.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VenueSummary create(@Valid @RequestBody VenueRequest request) {
        return service.create(request);
    }

    @Operation(summary = "Rename, or regenerate the layout (refused with LAYOUT_LOCKED once seats are sold).")
    @PutMapping("/{id}")
    VenueSummary update(@PathVariable @Positive long id, @Valid @RequestBody VenueRequest request) {
        return service.update(id, request);
    }

    @Operation(summary = "Delete a venue no event uses (else VENUE_IN_USE).")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable @Positive long id) {
        service.delete(id);
    }
}
