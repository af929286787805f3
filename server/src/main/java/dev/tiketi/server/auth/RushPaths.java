package dev.tiketi.server.auth;

import dev.tiketi.model.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The requests that take a token's claims at their word when Redis confirms them (decision 0021): the waiting
 * room's, a shopper's holds, event reads, and the trivial authenticated endpoint that the benchmark measures
 * them against (it must pay what they pay, no more: decision 0025). Every other path reads the account.
 */
final class RushPaths {
    private RushPaths() {
    }

    static boolean matches(HttpServletRequest request) {
        return WaitingRoomPaths.matches(request) || HoldPaths.matches(request) || EventReadPaths.matches(request)
                || ApiPaths.PING.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
