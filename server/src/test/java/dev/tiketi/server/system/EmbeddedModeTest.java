package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.server.TiketiServerApplication;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.LiveClients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The zero-setup default, exactly as `./tiketi demo` runs it: no configuration but a data directory. The
 * first start creates embedded PostgreSQL and Redis and the demo data; a restart finds all of it again.
 */
class EmbeddedModeTest {

    @Test
    void firstStartSeedsDemoDataAndARestartKeepsEverything(@TempDir Path dataDir) {
        String token;
        long eventCount;
        int pgPort;
        int redisPort;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = api(first);
            pgPort = first.getBean(EmbeddedPostgresServer.class).port();
            redisPort = first.getBean(EmbeddedRedisServer.class).port();

            for (String user : List.of("admin", "clerk", "kiosk", "customer")) {
                Res login = api.post("/api/auth/login", Map.of("username", user, "password", "tiketi-demo"), null);
                assertThat(login.status()).as(user).isEqualTo(200);
                assertThat(login.body().get("role").asString()).isEqualTo(user.toUpperCase());
            }
            token = api.login("admin", "tiketi-demo");

            Res events = api.get("/api/events?size=100", token);
            eventCount = events.body().get("total").asLong();
            Set<String> statuses = new HashSet<>();
            List<String> kinds = new ArrayList<>();
            events.body().get("items").forEach(e -> {
                statuses.add(e.get("status").asString());
                kinds.add(e.get("kind").asString());
            });
            assertThat(eventCount).isGreaterThanOrEqualTo(5);
            assertThat(statuses).contains("ON_SALE", "UPCOMING", "CLOSED", "CANCELLED");
            assertThat(kinds).contains("GA");

            Res venues = api.get("/api/admin/venues", token);
            assertThat(venues.body().get("total").asLong()).isEqualTo(2);
            long grandHall = venues.body().get("items").get(0).get("id").asLong();
            JsonNode layout = api.get("/api/venues/" + grandHall + "/layout", null).body();
            assertThat(layout.get("seatCount").asInt()).isGreaterThanOrEqualTo(1200);
            assertThat(layout.get("sections").size()).isGreaterThanOrEqualTo(3);
            int[] blocked = {0};
            int[] accessible = {0};
            Set<String> tiers = new HashSet<>();
            layout.get("sections").forEach(s -> s.get("rows").forEach(r -> r.get("seats").forEach(seat -> {
                blocked[0] += seat.get("blocked").asBoolean() ? 1 : 0;
                accessible[0] += seat.get("accessible").asBoolean() ? 1 : 0;
                tiers.add(seat.get("tierCode").asString());
            })));
            assertThat(blocked[0]).isGreaterThan(0);
            assertThat(accessible[0]).isGreaterThanOrEqualTo(32);
            assertThat(tiers.size()).isGreaterThanOrEqualTo(3);

            assertThat(api.post("/api/admin/users", Map.of("username", "night-clerk", "password", "night-shift-1",
                    "displayName", "Night", "role", "CLERK"), token).status()).isEqualTo(201);
            first.getBean(StringRedisTemplate.class).opsForValue().set("restart-probe", "kept");
            assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isTrue();
        }
        assertThat(listening(pgPort)).as("embedded PostgreSQL stopped with the server").isFalse();
        assertThat(listening(redisPort)).as("embedded Redis stopped with the server").isFalse();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = api(second);
            assertThat(api.get("/api/auth/me", token).status()).as("token signed before the restart").isEqualTo(200);
            assertThat(api.login("night-clerk", "night-shift-1")).isNotBlank();
            assertThat(api.get("/api/events?size=100", token).body().get("total").asLong())
                    .as("demo data is not created twice").isEqualTo(eventCount);
            assertThat(second.getBean(StringRedisTemplate.class).opsForValue().get("restart-probe")).isEqualTo("kept");
        }
    }

    @Test
    void demoDataCanBeSwitchedOffInTheEmbeddedDefault(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext ctx = start(dataDir, "--tiketi.demo=false")) {
            Api api = api(ctx);
            assertThat(api.post("/api/auth/login", Map.of("username", "clerk", "password", "tiketi-demo"), null).status())
                    .isEqualTo(401);
            assertThat(api.get("/api/events", null).body().get("total").asLong()).isZero();
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedWithAClearMessage(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir, "--tiketi.demo=false")) {
            assertThatThrownBy(() -> start(dataDir, "--tiketi.demo=false").close())
                    .hasStackTraceContaining("is another Tiketi server using this data directory");
            assertThat(api(first).get("/actuator/health", null).status()).isEqualTo(200);
        }
    }

    /**
     * Ctrl-C reaches the embedded Redis as well as the server, and embedded-redis stops it from a JVM shutdown
     * hook of its own: either way the server may close after its Redis is gone, and must not wait a Redis
     * command timeout (a minute) for cleanup that cannot succeed, such as taking its viewers off presence, nor
     * for a scheduled pass caught mid-command.
     */
    @Test
    void closingAfterTheEmbeddedRedisIsGoneTakesSecondsNotAMinute(@TempDir Path dataDir) throws InterruptedException {
        ConfigurableApplicationContext ctx = start(dataDir);
        try (LiveClients live = new LiveClients()) {
            Api api = api(ctx);
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            long event = onSaleEvent(api);
            live.record(live.connect(port, api.login("customer", "tiketi-demo"), null),
                    LiveDestinations.seats(event), SeatsUpdate.class);
            live.record(live.connect(port, api.login("clerk", "tiketi-demo"), "counter-1"),
                    LiveDestinations.presence(event), PresenceUpdate.class);

            ctx.getBean(EmbeddedRedisServer.class).close();
            // the hard case: a scheduled pass (sweeper, admitter, pushers) is waiting on Redis as the close begins
            await("a scheduled pass waiting on the lost Redis").atMost(Duration.ofSeconds(10))
                    .until(EmbeddedModeTest::aScheduledPassWaitsOnRedis);

            closeWithin(ctx, Duration.ofSeconds(10));
        } finally {
            ctx.close();
        }
    }

    private static boolean aScheduledPassWaitsOnRedis() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().getName().startsWith("tiketi-sched-"))
                .anyMatch(t -> Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith("io.lettuce.core")
                        && f.getMethodName().equals("await")));
    }

    /** Fails with what every thread was doing when the time ran out, so a slow close in CI says where it waited. */
    private static void closeWithin(ConfigurableApplicationContext ctx, Duration limit) throws InterruptedException {
        Thread closer = new Thread(ctx::close, "test-close");
        closer.start();
        closer.join(limit.toMillis());
        if (closer.isAlive()) {
            StringBuilder dump = new StringBuilder();
            Thread.getAllStackTraces().forEach((t, stack) -> {
                dump.append('\n').append(t.getName()).append(" (").append(t.getState()).append(")");
                for (StackTraceElement e : stack) {
                    dump.append("\n    at ").append(e);
                }
            });
            throw new AssertionError("the context took more than " + limit + " to close; threads:" + dump);
        }
    }

    private static long onSaleEvent(Api api) {
        for (JsonNode e : api.get("/api/events?size=100", null).body().get("items")) {
            if (e.get("status").asString().equals("ON_SALE") && e.get("kind").asString().equals("RESERVED")) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("the demo catalog has no reserved event on sale");
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--tiketi.data.dir=" + dataDir,
                "--tiketi.db.url=", "--tiketi.redis.url=", "--tiketi.jwt.secret="));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(TiketiServerApplication.class).run(args.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext ctx) {
        return new Api("http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port"));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
