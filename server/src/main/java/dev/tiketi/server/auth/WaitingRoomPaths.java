package dev.tiketi.server.auth;

import dev.tiketi.model.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The waiting room's shopper paths (check, status, heart-beat, leave): the rush's requests. */
final class WaitingRoomPaths {
    private static final List<String> PREFIXES = List.of(ApiPaths.QUEUE_CHECK, ApiPaths.QUEUE_STATUS,
            ApiPaths.QUEUE_HEARTBEAT, ApiPaths.QUEUE_LEAVE).stream()
            .map(p -> p.substring(0, p.indexOf('{'))).toList();

    private WaitingRoomPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                return true;
            }
        }
        return false;
    }
}
