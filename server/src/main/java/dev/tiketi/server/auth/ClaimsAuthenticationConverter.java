package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The caller from the token's claims, for the waiting room's shopper paths, where a rush would otherwise read
 * the account from PostgreSQL on every check, status and heart-beat. The claims are used only when
 * {@link AccountStates} confirms them in Redis (one command); otherwise the account is read from the database
 * exactly as on every other path ({@link AccountAuthenticationConverter}), and a staff account found there is
 * remembered for its next request.
 */
@Component
class ClaimsAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final AccountStates states;
    private final AccountAuthenticationConverter database;

    ClaimsAuthenticationConverter(AccountStates states, AccountAuthenticationConverter database) {
        this.states = states;
        this.database = database;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long id = AccountAuthenticationConverter.userId(jwt);
        Role claimed = role(jwt.getClaimAsString(TokenIssuer.ROLE));
        AccountStates.Look look = states.look(id);
        if (claimed != null && look.confirms(claimed)) {
            String username = jwt.getClaimAsString(TokenIssuer.USERNAME);
            String name = jwt.getClaimAsString(TokenIssuer.NAME);
            CurrentUser user = new CurrentUser(id, username == null ? "#" + id : username, name, claimed);
            return new UsernamePasswordAuthenticationToken(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + claimed.name())));
        }
        if (!look.complete()) {
            states.loadIfMissing();
        }
        AbstractAuthenticationToken found = database.convert(jwt);
        if (found.getPrincipal() instanceof CurrentUser user && user.role() == claimed) {
            states.learn(look, id, user.role());
        }
        return found;
    }

    private static Role role(String claim) {
        if (claim == null) {
            return null;
        }
        try {
            return Role.valueOf(claim);
        } catch (IllegalArgumentException e) {
            return null; // not ours to judge here: the database path decides
        }
    }
}
