package dev.tiketi.server.auth;

import dev.tiketi.model.auth.LoginResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the JWT a login returns. The subject is the user id. The role claim is trusted only where
 * {@link AccountStates} confirms it (the waiting room's shopper paths); elsewhere the account is read again. */
@Component
class TokenIssuer {
    static final String ISSUER = "tiketi";
    static final String ROLE = "role";
    static final String NAME = "name";
    /** Usernames never change, so the claim stays true for the token's life (the request log shows it). */
    static final String USERNAME = "username";

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration ttl;

    TokenIssuer(JwtEncoder encoder, Clock clock, dev.tiketi.server.system.TiketiProperties props) {
        this.encoder = encoder;
        this.clock = clock;
        this.ttl = props.token().ttl();
    }

    LoginResponse issue(UserAccount user) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(Long.toString(user.id()))
                .issuedAt(now)
                .expiresAt(expires)
                .claim(ROLE, user.role().name())
                .claim(NAME, user.displayName())
                .claim(USERNAME, user.username())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new LoginResponse(token, user.role(), user.displayName(), expires, user.id());
    }
}
