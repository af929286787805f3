package dev.tiketi.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The Redis binary bundled in embedded-redis (6.2), on a free port, with an append-only file in the
 * data directory so holds, queues and counters survive a restart like the database does.
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);

    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedisServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            int port = FreePort.find();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dataDirectory.toAbsolutePath())
                    .setting("appendonly yes")
                    .setting("save \"\"")
                    .setting("protected-mode yes")
                    .build();
            server.start();
            log.info("embedded Redis listening on 127.0.0.1:{}, data in {}", port, dataDirectory);
            return new EmbeddedRedisServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Redis in " + dataDirectory, e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
            log.info("embedded Redis stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded Redis", e);
        }
    }
}
