package dev.tiketi.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.model.auth.CreateUserRequest;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestServices;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/two-instances.sh, proved end to end: two server processes started from the executable jar in
 * production mode, sharing one PostgreSQL and one Redis (the tests' services from {@link TestServices}: this
 * machine's, in a schema and a Redis database of their own), behind nginx when it is installed (else
 * reached directly). A hold and a sale made on one instance reach a terminal connected to the other, live;
 * then a rolling restart (one instance stopped and started again, then the other) while selling goes on
 * through the instance that is up, and every terminal ends, reconnected and resynced, with exactly the
 * server's seats.
 */
class TwoInstancesTest {
    private static final Path SCRIPT = Path.of(System.getenv("TIKETI_REPO"), "deploy", "two-instances.sh");
    private static final Path DIR = Path.of("target", "two-instances").toAbsolutePath();
    private static final String PASSWORD = "counter-password-1";
    private static final String SCHEMA = "tiketi_deploy_test";
    /** Not the tests' 13 nor the benchmarks' 12. */
    private static final int REDIS_DATABASE = 11;
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final Map<String, String> ENV = new HashMap<>();
    private static int portA;
    private static int portB;
    private static int portNginx;
    private static boolean nginx;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int[] ports = freePorts(3);
        portA = ports[0];
        portB = ports[1];
        portNginx = ports[2];
        ENV.put("TIKETI_DEPLOY_DIR", DIR.toString());
        ENV.put("TIKETI_DEPLOY_PORTS", portA + " " + portB);
        // TIKETI_DEPLOY_NGINX_PORT=off tries the set-up without nginx where nginx is installed
        ENV.put("TIKETI_DEPLOY_NGINX_PORT", "off".equals(System.getenv("TIKETI_DEPLOY_NGINX_PORT")) ? "off" : Integer.toString(portNginx));
        emptyServices();
        script("start");
        nginx = Files.exists(DIR.resolve("nginx/nginx.pid"));
    }

    /**
     * The script's own reset needs psql and redis-cli; doing it here lets the test run wherever the other
     * integration tests run, embedded services included. The schema must exist before two Flyways start.
     */
    private static void emptyServices() throws Exception {
        TestServices services = TestServices.get();
        String withSchema = services.dbUrlForSchema(SCHEMA); // dropped
        String database = withSchema.substring(0, withSchema.indexOf('?'));
        try (Connection c = DriverManager.getConnection(database, services.dbUser, services.dbPassword);
             Statement st = c.createStatement()) {
            st.execute("create schema " + SCHEMA);
        }
        String redis = services.redisUrlForDatabase(REDIS_DATABASE);
        RedisClient client = RedisClient.create(redis);
        try (var connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
        ENV.put("TIKETI_DEPLOY_DB_URL", database);
        ENV.put("TIKETI_DEPLOY_DB_USER", services.dbUser);
        ENV.put("TIKETI_DEPLOY_DB_PASSWORD", services.dbPassword);
        ENV.put("TIKETI_DEPLOY_SCHEMA", SCHEMA);
        ENV.put("TIKETI_DEPLOY_REDIS_URL", redis);
        ENV.put("TIKETI_DEPLOY_RESET", "no");
    }

    @AfterAll
    static void stopThem() throws Exception {
        script("stop");
    }

    @Test
    void holdAndSaleOnOneInstanceReachTheOtherLiveAndSellingGoesOnThroughARollingRestart() throws Exception {
        Api onA = api(portA);
        Api onB = api(portB);
        String admin = onA.login("admin", envFile().get("TIKETI_ADMIN_PASSWORD"));
        assertThat(onA.post("/api/admin/users", new CreateUserRequest("minji", PASSWORD, "김민지", Role.CLERK), admin).status())
                .isEqualTo(201);
        String clerk = onB.login("minji", PASSWORD);
        Fixtures fixtures = new Fixtures(onA, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("대공연장"));
        long event = fixtures.publishedEvent(Fixtures.onSale("두 서버 공연", venue));
        List<Long> seats = new Sales(onA).seats(venue).stream().filter(s -> !s.blocked()).map(SeatView::id).sorted().toList();

        try (LiveClients live = new LiveClients()) {
            // one terminal on each instance and, with nginx, one through it, as venues connect them; polling once
            // an hour, so whatever they show came from pushes or from a resync after a reconnect
            Map<String, Terminal> terminals = new LinkedHashMap<>();
            terminals.put("on a", terminal(live, portA, onA, clerk, event));
            terminals.put("on b", terminal(live, portB, onB, clerk, event));
            if (nginx) {
                terminals.put("through nginx", terminal(live, portNginx, api(portNginx), clerk, event));
            }
            Terminal onBTerminal = terminals.get("on b");

            Sales sellOnA = new Sales(onA);
            HoldView hold = sellOnA.holdSeats(event, clerk, "counter-1", seats.get(0), seats.get(1)).as(HoldView.class);
            await().atMost(LIVE).until(() -> statusOn(onBTerminal, seats.get(0)) == SeatStatus.HELD
                    && statusOn(onBTerminal, seats.get(1)) == SeatStatus.HELD);
            sellOnA.openCashSession(clerk, 100_000, "counter-1");
            assertThat(sellOnA.buyByCash(hold.holdId(), 500_000, clerk, "counter-1").status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> statusOn(onBTerminal, seats.get(0)) == SeatStatus.SOLD
                    && statusOn(onBTerminal, seats.get(1)) == SeatStatus.SOLD);
            assertThat(onBTerminal.feed().reloads()).as("seen by pushes, not by reloading").isEqualTo(1);
            assertThat(onBTerminal.feed().pushesApplied()).isEqualTo(2);

            // the rolling restart: a, then b; sales go on through nginx (or the instance that is up)
            new Sales(nginx ? api(portNginx) : onB).openCashSession(clerk, 100_000, "counter-2");
            int seat = 2;
            for (String down : List.of("a", "b")) {
                script("stop", down);
                Api up = nginx ? api(portNginx) : down.equals("a") ? onB : onA;
                assertThat(up.get("/actuator/health", null).status()).isEqualTo(200);
                Sales sales = new Sales(up);
                HoldView next = sales.holdSeats(event, clerk, "counter-2", seats.get(seat)).as(HoldView.class);
                assertThat(sales.buyByCash(next.holdId(), 500_000, clerk, "counter-2").status()).isEqualTo(201);
                long sold = seats.get(seat++);
                Terminal other = terminals.get(down.equals("a") ? "on b" : "on a");
                await().atMost(LIVE).until(() -> statusOn(other, sold) == SeatStatus.SOLD);
                script("start", down);
            }

            SeatsSnapshot truth = new Sales(onA).snapshot(event);
            assertThat(statuses(truth.seats()).values().stream().filter(s -> s == SeatStatus.SOLD)).hasSize(4);
            for (Map.Entry<String, Terminal> t : terminals.entrySet()) {
                SeatFeed feed = t.getValue().feed();
                await(t.getKey()).atMost(Duration.ofSeconds(10)).until(() -> feed.version() == truth.version());
                assertThat(statuses(feed.seats().values())).as(t.getKey()).isEqualTo(statuses(truth.seats()));
                // each was cut off once by the restart (the one through nginx from whichever instance it had)
                assertThat(t.getValue().client().connectCount()).as(t.getKey()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    private record Terminal(LiveClient client, SeatFeed feed) {
    }

    private static Terminal terminal(LiveClients live, int port, Api api, String token, long event) {
        LiveClient client = live.connect(port, token, "counter-" + port);
        return new Terminal(client, live.seats(client, api, event, Duration.ofHours(1)));
    }

    private static SeatStatus statusOn(Terminal terminal, long seatId) {
        SeatState s = terminal.feed().seat(seatId);
        return s == null ? null : s.status();
    }

    private static Map<Long, SeatStatus> statuses(java.util.Collection<SeatState> seats) {
        return seats.stream().collect(Collectors.toMap(SeatState::seatId, SeatState::status));
    }

    private static Api api(int port) {
        return new Api("http://127.0.0.1:" + port);
    }

    /** The generated settings the instances run with (the systemd EnvironmentFile format). */
    private static Map<String, String> envFile() throws IOException {
        return Files.readAllLines(DIR.resolve("server.env")).stream().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private static void script(String... args) throws Exception {
        Files.createDirectories(DIR);
        Path log = DIR.resolve("script.log");
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(ENV);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 180 s; see " + log);
        }
        assertThat(p.exitValue()).as(command + " failed; see " + log + " and the instances' logs beside it").isZero();
    }

    /** Distinct free ports: all held open at once while they are picked. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                open.add(new ServerSocket(0));
            }
            return open.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
    }
}
