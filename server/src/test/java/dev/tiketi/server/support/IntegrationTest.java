package dev.tiketi.server.support;

import dev.tiketi.server.TiketiServerApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port against real PostgreSQL and Redis (see {@link TestServices}). Every test
 * starts from empty tables, an empty Redis database and the four test accounts, so tests don't depend on
 * each other's order. All integration tests share this one configuration and so one cached context.
 */
@SpringBootTest(classes = TiketiServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({DataCleaner.class, TestClock.class, AdmissionRecorder.class})
public abstract class IntegrationTest {
    public static final String PASSWORD = "test-password-1";

    @LocalServerPort
    protected int port;
    @Autowired
    protected DataCleaner data;

    protected Api api;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        serverProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The configuration every test server runs with, this context and any {@link ServerInstance}. */
    static Map<String, String> serverProperties() {
        TestServices services = TestServices.get();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("tiketi.db.url", services.dbUrl);
        props.put("tiketi.db.user", services.dbUser);
        props.put("tiketi.db.password", services.dbPassword);
        props.put("tiketi.redis.url", services.redisUrl);
        props.put("tiketi.jwt.secret", services.jwtSecret);
        props.put("tiketi.demo", "false");
        props.put("spring.flyway.schemas", TestServices.SCHEMA);
        props.put("spring.flyway.default-schema", TestServices.SCHEMA);
        // the simulated card terminal's "times out" card answers after this, not after 3 s
        props.put("tiketi.payments.simulated-timeout", "300ms");
        // the tests run in production mode (they pass a database URL), where the simulated terminal is off by default
        props.put("tiketi.payments.simulated", "true");
        // The sales tests are about selling, so events without settings have no waiting room; the queue tests
        // set each event's mode themselves. The shipped default is AUTO (TiketiPropertiesTest).
        props.put("tiketi.queue.default-mode", "OFF");
        // Live: heart-beats, send limits and presence on a test's time scale (the shipped values are 10 s, 10 s,
        // 1 s, 10 s and 30 s); the tests' clients beat every second as well.
        props.put("tiketi.live.heartbeat", "1s");
        props.put("tiketi.live.send-time-limit", "2s");
        props.put("tiketi.live.send-buffer-limit", "65536");
        props.put("tiketi.live.presence-interval", "200ms");
        props.put("tiketi.live.presence-renew", "1s");
        props.put("tiketi.live.presence-ttl", "3s");
        return props;
    }

    @BeforeEach
    void resetData() {
        TestClock.CLOCK.reset();
        data.reset(PASSWORD);
        api = new Api("http://127.0.0.1:" + port);
    }
}
