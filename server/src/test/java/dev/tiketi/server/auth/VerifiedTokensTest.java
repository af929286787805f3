package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The cache of verified tokens with Nimbus's real decoder and encoder: a remembered token skips only the
 * signature check; expiry is judged on every use, and a token that differs by one character is decoded afresh.
 */
class VerifiedTokensTest {
    private static final SecretKey KEY = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");
    private static final SecretKey OTHER = new SecretKeySpec("fedcba9876543210fedcba9876543210".getBytes(), "HmacSHA256");
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
    private final AtomicInteger decodes = new AtomicInteger();

    @Test
    void aRememberedTokenIsNotDecodedAgainButIsStillTheSameCaller() {
        VerifiedTokens tokens = tokens(100);
        String token = token(KEY, 7, now.get().plus(Duration.ofHours(1)));
        for (int i = 0; i < 50; i++) {
            Jwt jwt = tokens.decode(token);
            assertThat(jwt.getSubject()).isEqualTo("7");
            assertThat(jwt.getClaimAsString("name")).isEqualTo("김민지");
        }
        assertThat(decodes).hasValue(1);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void aTokenIsRefusedAtItsExpiryEvenWhenRemembered() {
        VerifiedTokens tokens = tokens(100);
        Instant expiry = now.get().plus(Duration.ofMinutes(5));
        String token = token(KEY, 7, expiry);
        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        // JwtTimestampValidator allows 60 s of clock skew, with or without the cache
        now.set(expiry.plusSeconds(59));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        now.set(expiry.plusSeconds(61));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aForgedOrAlteredTokenIsNeverTakenFromTheCache() {
        VerifiedTokens tokens = tokens(100);
        String good = token(KEY, 7, now.get().plus(Duration.ofHours(1)));
        tokens.decode(good);
        String forged = token(OTHER, 7, now.get().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        // the same claims, signed with the right key, but a payload changed by one character after signing
        String[] parts = good.split("\\.");
        String otherSubject = token(KEY, 8, now.get().plus(Duration.ofHours(1))).split("\\.")[1];
        assertThatThrownBy(() -> tokens.decode(parts[0] + "." + otherSubject + "." + parts[2])).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(good + "x")).isInstanceOf(BadJwtException.class);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.decode(good).getSubject()).isEqualTo("7");
    }

    @Test
    void itHoldsAtMostItsLimit() {
        VerifiedTokens tokens = tokens(50);
        for (int i = 0; i < 500; i++) {
            assertThat(tokens.decode(token(KEY, i, now.get().plus(Duration.ofHours(1)))).getSubject()).isEqualTo(Integer.toString(i));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(50);
    }

    private VerifiedTokens tokens(long max) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(timestamps,
                new JwtIssuerValidator(TokenIssuer.ISSUER)));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            decodes.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counting, validator, max);
    }

    private String token(SecretKey key, long user, Instant expiry) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenIssuer.ISSUER).subject(Long.toString(user))
                .issuedAt(now.get()).expiresAt(expiry).claim("name", "김민지").build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
