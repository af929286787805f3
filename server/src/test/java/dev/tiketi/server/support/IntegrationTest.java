package dev.tiketi.server.support;

import dev.tiketi.server.TiketiServerApplication;
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
@Import({DataCleaner.class, TestClock.class})
public abstract class IntegrationTest {
    public static final String PASSWORD = "test-password-1";

    @LocalServerPort
    protected int port;
    @Autowired
    protected DataCleaner data;

    protected Api api;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.get();
        registry.add("tiketi.db.url", () -> services.dbUrl);
        registry.add("tiketi.db.user", () -> services.dbUser);
        registry.add("tiketi.db.password", () -> services.dbPassword);
        registry.add("tiketi.redis.url", () -> services.redisUrl);
        registry.add("tiketi.jwt.secret", () -> services.jwtSecret);
        registry.add("tiketi.demo", () -> "false");
        registry.add("spring.flyway.schemas", () -> TestServices.SCHEMA);
        registry.add("spring.flyway.default-schema", () -> TestServices.SCHEMA);
        // the simulated card terminal's "times out" card answers after this, not after 3 s
        registry.add("tiketi.payments.simulated-timeout", () -> "300ms");
        // the tests run in production mode (they pass a database URL), where the simulated terminal is off by default
        registry.add("tiketi.payments.simulated", () -> "true");
    }

    @BeforeEach
    void resetData() {
        TestClock.CLOCK.reset();
        data.reset(PASSWORD);
        api = new Api("http://127.0.0.1:" + port);
    }
}
