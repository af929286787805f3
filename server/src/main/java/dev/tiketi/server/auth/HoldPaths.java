package dev.tiketi.server.auth;

import dev.tiketi.model.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A shopper's hold paths (take, read, extend, release): with the waiting room's, the requests of a rush, so they take
 * a token's claims at their word when Redis confirms them (decision 0021), as {@link WaitingRoomPaths} do. The
 * admin's forced release ({@code /api/admin/holds/...}) and orders read the account as every other path does.
 */
final class HoldPaths {
    private static final String EVENTS = ApiPaths.EVENT_HOLDS.substring(0, ApiPaths.EVENT_HOLDS.indexOf('{'));
    private static final String EVENT_SUFFIX = ApiPaths.EVENT_HOLDS.substring(ApiPaths.EVENT_HOLDS.indexOf('}') + 1);
    private static final String HOLDS = ApiPaths.HOLD.substring(0, ApiPaths.HOLD.indexOf('{'));
    private static final String EXTEND = ApiPaths.HOLD_EXTEND.substring(ApiPaths.HOLD_EXTEND.indexOf('}') + 1);

    private HoldPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(HOLDS)) {
            String rest = path.substring(HOLDS.length());
            int slash = rest.indexOf('/');
            return !rest.isEmpty() && (slash < 0 || (slash > 0 && rest.substring(slash).equals(EXTEND)));
        }
        if (path.startsWith(EVENTS) && path.endsWith(EVENT_SUFFIX)) {
            String id = path.substring(EVENTS.length(), path.length() - EVENT_SUFFIX.length());
            return !id.isEmpty() && id.indexOf('/') < 0;
        }
        return false;
    }
}
