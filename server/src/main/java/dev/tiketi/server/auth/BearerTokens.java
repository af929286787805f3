package dev.tiketi.server.auth;

import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token outside the HTTP filter chain (the live protocol's STOMP CONNECT) with the same
 * decoder and the same account look-up as every REST request: a forged, expired or foreign token, or a
 * disabled account, is refused.
 */
@Component
public class BearerTokens {
    private final JwtDecoder decoder;
    private final AccountAuthenticationConverter accounts;

    BearerTokens(JwtDecoder decoder, AccountAuthenticationConverter accounts) {
        this.decoder = decoder;
        this.accounts = accounts;
    }

    /** The account behind an {@code Authorization} header value ({@code Bearer <token>}), if it is valid. */
    public Optional<CurrentUser> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            Object principal = accounts.convert(decoder.decode(authorization.substring(7).strip())).getPrincipal();
            return principal instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
        } catch (JwtException | AuthenticationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
