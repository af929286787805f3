package dev.tiketi.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The token from the {@code Authorization} header, by the header rules of Spring Security's
 * {@code DefaultBearerTokenResolver} ({@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive), with the
 * pattern as a loop: the regex was a few per cent of a trivial request (decision 0025). {@code BearerHeaderTest}
 * holds the two to the same answers. Tokens are taken from the header only: an {@code access_token} parameter is
 * ignored (Spring's resolver, which never accepts one at its defaults, refused a request carrying both).
 */
final class BearerHeader implements BearerTokenResolver {
    private static final String PREFIX = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length() - 1)) {
            return null; // another scheme (or none): not a bearer token, as Spring's resolver says
        }
        String token = token(header);
        if (token == null) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }

    /** The token of a well-formed {@code Bearer} header value, or null. */
    static String token(String header) {
        int n = header.length();
        if (n <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        int i = PREFIX.length();
        while (i < n && tokenChar(header.charAt(i))) {
            i++;
        }
        if (i == PREFIX.length()) {
            return null;
        }
        while (i < n && header.charAt(i) == '=') {
            i++;
        }
        return i == n ? header.substring(PREFIX.length()) : null;
    }

    private static boolean tokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
