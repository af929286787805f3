package dev.tiketi.server.support;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * An integration test with a second server instance beside the test's own: same PostgreSQL schema, Redis database,
 * JWT secret and clock, its own port, caches, sweeper and admitter. What one instance changes, the other must see.
 */
public abstract class TwoInstanceTest extends IntegrationTest {
    protected static ServerInstance second;

    @BeforeAll
    static void startSecondServer() {
        second = ServerInstance.start(Map.of());
    }

    @AfterAll
    static void stopSecondServer() {
        second.close();
    }
}
