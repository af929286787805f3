package dev.tiketi.desktop;

import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.DataCleaner;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.ServerInstance;
import java.util.Map;

/**
 * The real server for the screen tests, started once in this JVM on the test PostgreSQL and Redis (the same
 * configuration as the server's own integration tests), with its data reset before each test.
 */
public final class TestServer {
    private static ServerInstance server;

    private TestServer() {
    }

    public static synchronized ServerInstance get() {
        if (server == null) {
            server = ServerInstance.start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static String base() {
        return "http://127.0.0.1:" + get().port();
    }

    public static Api api() {
        return get().api();
    }

    public static void reset() {
        DataCleaner.of(get().context()).reset(IntegrationTest.PASSWORD);
    }
}
