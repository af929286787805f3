package dev.tiketi.server.system;

import dev.tiketi.model.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest request that still passes the whole security chain (a valid bearer token of an enabled account):
 * the benchmark measures every operation against it, so what an operation costs beyond being an authenticated
 * request shows apart from what every request costs.
 */
@RestController
class PingController {
    private static final Map<String, Boolean> OK = Map.of("ok", true);

    @Operation(summary = "An authenticated no-op: {\"ok\":true} for any signed-in account.")
    @GetMapping(ApiPaths.PING)
    Map<String, Boolean> ping() {
        return OK;
    }
}
