package dev.tiketi.server.queue;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.tiketi.server.system.TiketiProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * The admission token: a JWT (HS256) naming the event, the shopper and an expiry, signed with a key derived
 * from the server's JWT secret, so every instance can check it and a login token can never pass for one.
 * The token proves the server admitted this shopper for this event; whether the slot is still theirs (idle
 * timeout, bought, cleared) is Redis's answer, checked alongside.
 */
@Component
class AdmissionTokens {
    private static final String AUDIENCE = "tiketi-admission";
    private static final String EVENT = "evt";

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Clock clock;
    private final Duration ttl;

    AdmissionTokens(SecretKey jwtKey, Clock clock, TiketiProperties props) {
        SecretKey key = derive(jwtKey);
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry,
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(AUDIENCE))));
        this.clock = clock;
        this.ttl = props.queue().tokenTtl();
    }

    String issue(long eventId, String shopper) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .audience(List.of(AUDIENCE))
                .subject(shopper)
                .claim(EVENT, eventId)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    /** True if the token is ours, unexpired, and for exactly this event and shopper. */
    boolean valid(String token, long eventId, String shopper) {
        if (token == null || token.isBlank() || token.length() > 2048) {
            return false;
        }
        try {
            Jwt jwt = decoder.decode(token.strip());
            Object event = jwt.getClaims().get(EVENT);
            return event instanceof Number n && n.longValue() == eventId && Objects.equals(jwt.getSubject(), shopper);
        } catch (JwtException e) {
            return false;
        }
    }

    private static SecretKey derive(SecretKey jwtKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(jwtKey);
            return new SecretKeySpec(mac.doFinal("tiketi admission token v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
