package dev.tiketi.server.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many customer accounts at once, for queue tests with thousands of users: rows written straight into
 * app_user, tokens signed with the server's own JWT encoder (a login per user would spend minutes on
 * BCrypt). The server still checks every token and loads every account, as for a real login.
 */
public final class Shoppers {
    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong();

    private Shoppers() {
    }

    public record Shopper(long id, String token) {
    }

    public static List<Shopper> create(JdbcClient jdbc, JwtEncoder encoder, int count) {
        List<Shopper> shoppers = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            long id = jdbc.sql("""
                            insert into app_user (username, password_hash, role, display_name)
                            values (?, 'not-a-bcrypt-hash', 'CUSTOMER', ?) returning id""")
                    .params("shopper-" + NEXT.incrementAndGet(), "Shopper " + i).query(Long.class).single();
            shoppers.add(new Shopper(id, token(encoder, id)));
        }
        return shoppers;
    }

    /** A fresh login token for the account, as a second device of the same customer would have. */
    public static String token(JwtEncoder encoder, long id) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("tiketi").subject(Long.toString(id)).id(java.util.UUID.randomUUID().toString())
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(2))).claim("role", "CUSTOMER").build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
