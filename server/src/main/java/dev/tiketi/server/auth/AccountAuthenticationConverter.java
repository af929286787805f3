package dev.tiketi.server.auth;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a valid token into the caller by reading the account on every request: a disabled account, or a
 * changed role, takes effect on the very next request rather than when the token expires.
 */
@Component
class AccountAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final Accounts users;

    AccountAuthenticationConverter(Accounts users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long id = userId(jwt);
        UserAccount account = users.findById(id).orElseThrow(() -> new BadCredentialsException("no such account"));
        if (!account.enabled()) {
            throw new DisabledException("account disabled");
        }
        return new UsernamePasswordAuthenticationToken(account.current(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
    }

    static long userId(Jwt jwt) {
        try {
            return Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new BadCredentialsException("token subject is not a user id");
        }
    }
}
