package dev.tiketi.server.support;

import dev.tiketi.server.system.EmbeddedPostgresServer;
import dev.tiketi.server.system.EmbeddedRedisServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL and Redis the integration tests run against, decided once per JVM: the machine's real
 * services (127.0.0.1:5432 database {@code test}, 127.0.0.1:6379, overridable with TIKETI_TEST_DB_URL,
 * TIKETI_TEST_DB_USER, TIKETI_TEST_REDIS_URL), or, when they are not reachable, embedded ones so the suite
 * still runs on a bare machine. With TIKETI_TEST_REQUIRE_SERVICES=true (CI) a missing service fails the run.
 */
public final class TestServices {
    private static final Logger log = LoggerFactory.getLogger(TestServices.class);
    /** Tests work in their own schema, so they never touch anything else in the shared database. */
    public static final String SCHEMA = "tiketi_it";
    private static TestServices instance;

    public final String dbUrl;
    public final String dbUser;
    public final String dbPassword;
    public final String redisUrl;
    public final boolean embedded;
    public final String jwtSecret;

    private TestServices(String dbUrl, String dbUser, String dbPassword, String redisUrl, boolean embedded) {
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
        this.embedded = embedded;
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        this.jwtSecret = Base64.getEncoder().encodeToString(secret);
    }

    public static synchronized TestServices get() {
        if (instance == null) {
            instance = resolve();
        }
        return instance;
    }

    private static TestServices resolve() {
        String baseUrl = env("TIKETI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("TIKETI_TEST_DB_USER", "postgres");
        String password = env("TIKETI_TEST_DB_PASSWORD", "");
        String redisUrl = env("TIKETI_TEST_REDIS_URL", "redis://127.0.0.1:6379/13");
        String dbProblem = checkPostgres(baseUrl, user, password);
        String redisProblem = checkRedis(redisUrl);
        if (dbProblem == null && redisProblem == null) {
            log.info("integration tests use the real PostgreSQL at {} and Redis at {}", baseUrl, redisUrl);
            dropTestSchema(baseUrl, user, password);
            return new TestServices(withSchema(baseUrl), user, password, redisUrl, false);
        }
        String why = (dbProblem != null ? dbProblem + "; " : "") + (redisProblem != null ? redisProblem : "");
        if ("true".equalsIgnoreCase(System.getenv("TIKETI_TEST_REQUIRE_SERVICES"))) {
            throw new IllegalStateException("TIKETI_TEST_REQUIRE_SERVICES=true but the services are not reachable: " + why);
        }
        log.warn("real services not reachable ({}); falling back to embedded PostgreSQL and Redis", why);
        try {
            Path dir = Files.createTempDirectory("tiketi-test-services");
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir.resolve("postgres"));
            EmbeddedRedisServer redis = EmbeddedRedisServer.start(dir.resolve("redis"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                redis.close();
                pg.close();
                FileSystemUtils.deleteRecursively(dir.toFile());
            }));
            return new TestServices(withSchema(pg.jdbcUrl()), pg.user(), "", redis.url(), true);
        } catch (IOException e) {
            throw new IllegalStateException("could not start embedded services for the tests", e);
        }
    }

    /**
     * The tests' schema is theirs alone: start every run from nothing, so Flyway applies the migrations as
     * they are in this checkout (a migration edited since the last local run would otherwise fail validation).
     */
    private static void dropTestSchema(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the test schema " + SCHEMA, e);
        }
    }

    private static String withSchema(String url) {
        return withSchema(url, SCHEMA);
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The tests' database under another, emptied schema: a second deployment's own PostgreSQL. */
    public String dbUrlForSchema(String schema) {
        String base = dbUrl.substring(0, dbUrl.lastIndexOf(dbUrl.contains("&currentSchema=") ? "&" : "?"));
        try (Connection c = DriverManager.getConnection(base, dbUser, dbPassword); var st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the schema " + schema, e);
        }
        return withSchema(base, schema);
    }

    /** The tests' Redis server with another database number: pub/sub is shared, keys are not. */
    public String redisUrlForDatabase(int database) {
        URI uri = URI.create(redisUrl);
        return uri.getScheme() + "://" + (uri.getRawUserInfo() != null ? uri.getRawUserInfo() + "@" : "")
                + uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : 6379) + "/" + database;
    }

    private static String checkPostgres(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(3) ? null : "PostgreSQL at " + url + " is not valid";
        } catch (SQLException e) {
            return "PostgreSQL at " + url + ": " + e.getMessage();
        }
    }

    private static String checkRedis(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] reply = new byte[7];
            int n = socket.getInputStream().read(reply);
            return n > 0 && reply[0] == '+' ? null : "Redis at " + url + " did not answer PING";
        } catch (IOException e) {
            return "Redis at " + url + ": " + e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
