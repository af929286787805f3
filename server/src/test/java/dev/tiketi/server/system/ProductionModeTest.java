package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.server.TiketiServerApplication;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.TestServices;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Production mode (TIKETI_DB_URL set) starts only with real secrets, and creates no demo accounts. */
class ProductionModeTest extends IntegrationTest {
    private static final String SECRET = "a-production-secret-of-at-least-32-bytes!!";

    @Test
    void refusesToStartWithoutAJwtSecret() {
        assertRefused(() -> start(), "TIKETI_JWT_SECRET");
    }

    @Test
    void refusesAShortJwtSecret() {
        assertRefused(() -> start("--tiketi.jwt.secret=only-twenty-bytes!!!"), "at least 32 bytes");
    }

    @Test
    void refusesToStartWithoutRedis() {
        assertRefused(() -> start("--tiketi.jwt.secret=" + SECRET, "--tiketi.redis.url="), "TIKETI_REDIS_URL");
    }

    @Test
    void refusesAShortAdminPassword() {
        assertRefused(() -> start("--tiketi.jwt.secret=" + SECRET, "--tiketi.admin.user=boss",
                "--tiketi.admin.password=short"), "TIKETI_ADMIN_PASSWORD");
    }

    @Test
    void startsWithSecretsCreatesTheFirstAdminAndNoDemoData() {
        data.jdbc().sql("truncate app_user restart identity cascade").update();
        try (ConfigurableApplicationContext ctx = start("--tiketi.jwt.secret=" + SECRET, "--tiketi.admin.user=boss",
                "--tiketi.admin.password=a-long-admin-password")) {
            Api prod = new Api("http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port"));
            String token = prod.login("boss", "a-long-admin-password");
            assertThat(prod.get("/api/admin/users", token).body().get("total").asLong()).isEqualTo(1);
            assertThat(prod.post("/api/auth/login", Map.of("username", "admin", "password", "tiketi-demo"), null).status())
                    .isEqualTo(401);
            assertThat(prod.get("/api/events", null).body().get("total").asLong()).isZero();
            assertThat(ctx.getBean(TiketiProperties.class).mode()).isEqualTo(RuntimeMode.PRODUCTION);
            assertThat(ctx.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
            assertThat(ctx.getBeanProvider(EmbeddedRedisServer.class).getIfAvailable()).isNull();
        }
    }

    @Test
    void demoDataOnlyWhenAskedFor() {
        try (ConfigurableApplicationContext ctx = start("--tiketi.jwt.secret=" + SECRET, "--tiketi.demo=true")) {
            Api prod = new Api("http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port"));
            // The test accounts already exist, so the demo's 'admin' keeps the test password; the catalog is new.
            assertThat(prod.get("/api/events", null).body().get("total").asLong()).isGreaterThanOrEqualTo(5);
        }
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable start, String message) {
        assertThatThrownBy(start).satisfies(e -> {
            Throwable root = e;
            StringBuilder messages = new StringBuilder();
            while (root != null) {
                messages.append(root.getMessage()).append('\n');
                root = root.getCause();
            }
            assertThat(messages.toString()).contains(message);
        });
    }

    /** Starts a second server in production mode; {@code overrides} replace the defaults by key. */
    private static ConfigurableApplicationContext start(String... overrides) {
        TestServices services = TestServices.get();
        Map<String, String> args = new LinkedHashMap<>();
        args.put("server.port", "0");
        args.put("tiketi.db.url", services.dbUrl);
        args.put("tiketi.db.user", services.dbUser);
        args.put("tiketi.db.password", services.dbPassword);
        args.put("tiketi.redis.url", services.redisUrl);
        args.put("tiketi.jwt.secret", "");
        args.put("tiketi.admin.user", "");
        args.put("tiketi.admin.password", "");
        args.put("spring.flyway.schemas", TestServices.SCHEMA);
        args.put("spring.flyway.default-schema", TestServices.SCHEMA);
        for (String override : overrides) {
            int eq = override.indexOf('=');
            args.put(override.substring(2, eq), override.substring(eq + 1));
        }
        return new SpringApplicationBuilder(TiketiServerApplication.class)
                .run(args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
