package dev.tiketi.server.auth;

import dev.tiketi.model.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reading one event, its seats or its stock ({@code GET}): what every terminal and shopper reloads in a rush, so
 * like {@link WaitingRoomPaths} and {@link HoldPaths} they take a token's claims at their word when Redis
 * confirms them (decision 0021); the caller only decides whether drafts are visible.
 */
final class EventReadPaths {
    private static final String EVENTS = ApiPaths.EVENT.substring(0, ApiPaths.EVENT.indexOf('{'));
    private static final String SEATS = ApiPaths.EVENT_SEATS.substring(ApiPaths.EVENT_SEATS.indexOf('}') + 1);
    private static final String STOCK = ApiPaths.EVENT_STOCK.substring(ApiPaths.EVENT_STOCK.indexOf('}') + 1);

    private EventReadPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(EVENTS)) {
            return false;
        }
        String rest = path.substring(EVENTS.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return !rest.isEmpty();
        }
        String tail = rest.substring(slash);
        return slash > 0 && (tail.equals(SEATS) || tail.equals(STOCK));
    }
}
