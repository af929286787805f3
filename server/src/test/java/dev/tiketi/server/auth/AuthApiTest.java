package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.TestServices;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class AuthApiTest extends IntegrationTest {

    @Test
    void loginReturnsTokenRoleAndExpiry() {
        Res r = api.post("/api/auth/login", Map.of("username", "clerk", "password", PASSWORD), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("role").asString()).isEqualTo("CLERK");
        assertThat(r.body().get("displayName").asString()).isEqualTo("Test clerk");
        assertThat(Instant.parse(r.body().get("expiresAt").asString())).isAfter(Instant.now());
        Res me = api.get("/api/auth/me", r.body().get("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("clerk");
    }

    @Test
    void usernameIsCaseInsensitive() {
        assertThat(api.post("/api/auth/login", Map.of("username", "CLERK", "password", PASSWORD), null).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Res wrong = api.post("/api/auth/login", Map.of("username", "clerk", "password", "not-the-password"), null);
        Res unknown = api.post("/api/auth/login", Map.of("username", "nobody", "password", "not-the-password"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/auth/login", Map.of("username", "kiosk", "password", "guess-" + i), null).status())
                    .isEqualTo(401);
        }
        Res locked = api.post("/api/auth/login", Map.of("username", "kiosk", "password", PASSWORD), null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("LOGIN_THROTTLED");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
        // Other accounts are not affected.
        assertThat(api.post("/api/auth/login", Map.of("username", "clerk", "password", PASSWORD), null).status()).isEqualTo(200);
    }

    @Test
    void fiftyParallelGuessesGetExactlyFivePasswordChecks() throws Exception {
        List<Integer> statuses = race(50, i -> api.post("/api/auth/login",
                Map.of("username", "kiosk", "password", "parallel-guess-" + i), null).status());
        assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(45);
        assertThat(api.post("/api/auth/login", Map.of("username", "kiosk", "password", PASSWORD), null).status())
                .isEqualTo(429);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        String first = api.login("admin", PASSWORD);
        long firstId = api.get("/api/auth/me", first).body().get("id").asLong();
        for (int round = 0; round < 5; round++) {
            String name = "other-admin-" + round;
            long secondId = api.post("/api/admin/users", Map.of("username", name, "password", "another-pass-1",
                    "displayName", "Other", "role", "ADMIN"), first).body().get("id").asLong();
            String second = api.login(name, "another-pass-1");
            List<Integer> statuses = race(2, i -> i == 0
                    ? api.patch("/api/admin/users/" + secondId, Map.of("enabled", false), first).status()
                    : api.patch("/api/admin/users/" + firstId, Map.of("enabled", false), second).status());
            assertThat(statuses).as("round %d", round).contains(200);
            assertThat(data.jdbc().sql("select count(*) from app_user where role = 'ADMIN' and enabled")
                    .query(Long.class).single()).as("round %d: %s", round, statuses).isEqualTo(1);
            // whoever lost, make 'admin' the one enabled admin again for the next round
            data.jdbc().sql("update app_user set enabled = (id = ?) where role = 'ADMIN'").param(firstId).update();
        }
    }

    /** Runs n calls at once (released together by a latch) and returns their results. */
    private static List<Integer> race(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Integer> results = new java.util.ArrayList<>();
            for (var f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            api.post("/api/auth/login", Map.of("username", "kiosk", "password", "guess-" + i), null);
        }
        assertThat(api.post("/api/auth/login", Map.of("username", "kiosk", "password", PASSWORD), null).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            api.post("/api/auth/login", Map.of("username", "kiosk", "password", "guess-" + i), null);
        }
        assertThat(api.post("/api/auth/login", Map.of("username", "kiosk", "password", PASSWORD), null).status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountStopsItsTokenAtOnce() {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        assertThat(api.get("/api/auth/me", clerk).status()).isEqualTo(200);
        long clerkId = api.get("/api/auth/me", clerk).body().get("id").asLong();

        Res disabled = api.patch("/api/admin/users/" + clerkId, Map.of("enabled", false), admin);
        assertThat(disabled.status()).isEqualTo(200);

        Res after = api.get("/api/auth/me", clerk);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("ACCOUNT_DISABLED");
        Res login = api.post("/api/auth/login", Map.of("username", "clerk", "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("ACCOUNT_DISABLED");

        api.patch("/api/admin/users/" + clerkId, Map.of("enabled", true), admin);
        assertThat(api.get("/api/auth/me", clerk).status()).isEqualTo(200);
    }

    @Test
    void aDemotedAdminLosesAdminPathsAtOnce() {
        String admin = api.login("admin", PASSWORD);
        Res created = api.post("/api/admin/users", Map.of("username", "second-admin", "password", "another-pass-1",
                "displayName", "Second", "role", "ADMIN"), admin);
        assertThat(created.status()).isEqualTo(201);
        String second = api.login("second-admin", "another-pass-1");
        assertThat(api.get("/api/admin/users", second).status()).isEqualTo(200);
        api.patch("/api/admin/users/" + created.body().get("id").asLong(), Map.of("role", "CLERK"), admin);
        assertThat(api.get("/api/admin/users", second).status()).isEqualTo(403);
    }

    @Test
    void anAdminCannotDisableThemself() {
        String admin = api.login("admin", PASSWORD);
        long id = api.get("/api/auth/me", admin).body().get("id").asLong();
        Res r = api.patch("/api/admin/users/" + id, Map.of("enabled", false), admin);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("OWN_ACCOUNT_PROTECTED");
        assertThat(r.body().get("detail").asString()).isEqualTo("You cannot disable or demote your own admin account.");
        assertThat(api.get("/api/auth/me", admin).status()).isEqualTo(200);
        // the other admin-losing refusal has its own code too
        data.jdbc().sql("update app_user set enabled = false where role = 'ADMIN' and id <> ?").param(id).update();
        long other = api.post("/api/admin/users", Map.of("username", "second-admin", "password", "another-pass-1",
                "displayName", "둘째 관리자", "role", "ADMIN"), admin).body().get("id").asLong();
        String second = api.login("second-admin", "another-pass-1");
        assertThat(api.patch("/api/admin/users/" + id, Map.of("enabled", false), second).status()).isEqualTo(200);
        Res last = api.patch("/api/admin/users/" + other, Map.of("role", "CLERK"), second);
        assertThat(last.code()).isEqualTo("OWN_ACCOUNT_PROTECTED");
    }

    @Test
    void forgedExpiredAndGarbageTokensAreRefused() {
        String clerk = api.login("clerk", PASSWORD);
        long id = api.get("/api/auth/me", clerk).body().get("id").asLong();
        String forged = sign("another-secret-that-is-long-enough-0123456789", id, Instant.now().plusSeconds(600));
        String expired = sign(TestServices.get().jwtSecret, id, Instant.now().minusSeconds(600));
        String valid = sign(TestServices.get().jwtSecret, id, Instant.now().plusSeconds(600));
        // right key, someone else's issuer (the issuer is compared as text, not as a URL)
        String foreign = sign(TestServices.get().jwtSecret, "https://tiketi", id, Instant.now().plusSeconds(600));
        assertThat(api.get("/api/auth/me", valid).status()).isEqualTo(200);
        for (String token : new String[]{forged, expired, foreign, "garbage", clerk.substring(0, clerk.length() - 4) + "AAAA"}) {
            Res r = api.get("/api/auth/me", token);
            assertThat(r.status()).as(token).isEqualTo(401);
            assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(api.get("/api/auth/me", null).code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void registerCreatesACustomerOnly() {
        Res r = api.post("/api/auth/register", Map.of("username", "jimin", "password", "long-enough-pw",
                "displayName", "Jimin", "role", "ADMIN"), null);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("role").asString()).isEqualTo("CUSTOMER");
        String token = api.login("jimin", "long-enough-pw");
        assertThat(api.get("/api/admin/users", token).status()).isEqualTo(403);
        Res again = api.post("/api/auth/register", Map.of("username", "JIMIN", "password", "long-enough-pw",
                "displayName", "Jimin"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");
    }

    private static String sign(String secret, long userId, Instant expiresAt) {
        return sign(secret, "tiketi", userId, expiresAt);
    }

    private static String sign(String secret, String issuer, long userId, Instant expiresAt) {
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(Long.toString(userId))
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
