package dev.tiketi.server.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hot paths' audit rows (decision 0022), kept in memory and inserted by one background writer in JDBC
 * batches: every {@code tiketi.audit.batch-interval}, or as soon as {@code tiketi.audit.batch-size} rows wait.
 * A hold's request thus borrows no PostgreSQL connection for its audit row, and a rush of holds costs PostgreSQL
 * one round trip per batch instead of one per hold.
 * <p>
 * Each batch is one transaction, so a failed batch is retried whole and never written twice. While PostgreSQL is
 * unreachable the writer keeps its batch and retries with a growing pause (up to 5 s); new rows wait in a queue of
 * at most {@code tiketi.audit.queue-capacity} rows, and rows beyond that are dropped, counted
 * ({@code tiketi.audit.dropped}, reason {@code full}) and logged. A row the table itself refuses (a value too long,
 * say) is dropped alone (reason {@code refused}) rather than blocking every row behind it.
 * <p>
 * A clean shutdown (SIGTERM, context close) writes everything queued: this stops after the web server has finished
 * its requests (graceful shutdown) and before the DataSource closes, and a row recorded after that is written by its
 * caller directly. A crash (kill -9, power loss) loses what was queued: at most the last batch interval's rows.
 * With nothing queued the writer sleeps until a row comes.
 */
@Component
public class AuditBatches implements SmartLifecycle {
    /**
     * Stops after the web server (graceful shutdown {@code MAX - 1024}, web server {@code MAX - 2048}), so the
     * requests it lets finish have queued their rows; the DataSource is closed only after every phase.
     */
    static final int PHASE = Integer.MAX_VALUE - 4096;
    private static final Logger log = LoggerFactory.getLogger(AuditBatches.class);
    private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final String INSERT = """
            insert into audit_log (at, actor_id, actor_name, terminal, action, entity, entity_id, event_id, details)
            values (?, ?, ?, ?, ?, ?, ?, coalesce(?, (select o.event_id from customer_order o where ? = 'order' and o.id = ?)),
                    cast(? as jsonb))""";

    private final JdbcTemplate jdbc;
    private final long intervalNanos;
    private final int batchSize;
    private final Duration shutdownTimeout;
    private final LinkedBlockingQueue<AuditRow> queue;
    /** Taken from the queue but not yet in the database: retried first. Guarded by {@link #writing}. */
    private final List<AuditRow> unwritten = new ArrayList<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final Counter droppedFull;
    private final Counter droppedRefused;
    private final Counter written;
    private final Counter borrows;
    private volatile boolean running;
    private volatile boolean failing;
    private volatile boolean dropping;
    private volatile Thread writer;
    /** The writer is parked until a row arrives (set before it looks at the queue a last time). */
    private volatile boolean asleep;

    AuditBatches(JdbcTemplate jdbc, MeterRegistry meters,
                 @Value("${tiketi.audit.batch-interval:150ms}") Duration interval,
                 @Value("${tiketi.audit.batch-size:200}") int batchSize,
                 @Value("${tiketi.audit.queue-capacity:100000}") int capacity,
                 @Value("${tiketi.audit.shutdown-timeout:10s}") Duration shutdownTimeout) {
        this.jdbc = jdbc;
        this.intervalNanos = interval.toNanos();
        this.batchSize = batchSize;
        this.shutdownTimeout = shutdownTimeout;
        this.queue = new LinkedBlockingQueue<>(capacity);
        Gauge.builder("tiketi.audit.queued", queue, q -> q.size()).description("Audit rows waiting to be written")
                .register(meters);
        this.droppedFull = Counter.builder("tiketi.audit.dropped").tag("reason", "full")
                .description("Audit rows lost: the queue was full (PostgreSQL unreachable for long)").register(meters);
        this.droppedRefused = Counter.builder("tiketi.audit.dropped").tag("reason", "refused")
                .description("Audit rows lost: the table refused the row").register(meters);
        this.written = Counter.builder("tiketi.audit.written").description("Audit rows written in batches").register(meters);
        this.borrows = Counter.builder("tiketi.audit.writes")
                .description("PostgreSQL connections the audit writer borrowed (one per batch)").register(meters);
    }

    /**
     * Queues the row; false if it was not taken (not running: before start or after stop) and the caller must
     * write it itself.
     */
    boolean add(AuditRow row) {
        if (!running) {
            return false;
        }
        if (!queue.offer(row)) {
            droppedFull.increment();
            if (!dropping) {
                dropping = true;
                log.error("Audit queue full ({} rows waiting for PostgreSQL): rows are being dropped; "
                        + "see tiketi_audit_dropped_total", queue.size());
            }
            return true;
        }
        if (!running) {
            // stopped between the check and the offer: the final flush may have run already
            flush();
        } else if (asleep || queue.size() >= batchSize) {
            LockSupport.unpark(writer);
        }
        return true;
    }

    /** Inserts one row on the caller's thread: for rows recorded while the writer is not running. */
    void insertNow(AuditRow row) {
        insert(new ArrayList<>(List.of(row)));
    }

    /** Writes every row queued before this call; false if PostgreSQL refused (they stay queued). */
    public boolean flush() {
        writing.lock();
        try {
            return writeAll();
        } finally {
            writing.unlock();
        }
    }

    /** Rows waiting to be written on this instance. */
    public int waiting() {
        writing.lock();
        try {
            return queue.size() + unwritten.size();
        } finally {
            writing.unlock();
        }
    }

    /**
     * With nothing queued the writer parks until {@link #add} wakes it (an idle server's writer used to wake 6.7
     * times a second to find nothing, decision 0030); the first row then waits one interval for others to join
     * its batch.
     */
    private void run() {
        long pause = intervalNanos;
        while (running) {
            if (pause == intervalNanos && waiting() == 0) {
                asleep = true;
                // looked at again after saying so: a row offered in between either is seen here or sees asleep
                while (running && queue.isEmpty()) {
                    LockSupport.park(this);
                }
                asleep = false;
                if (!running) {
                    break; // stop() writes what is queued itself
                }
            }
            LockSupport.parkNanos(pause);
            if (!running) {
                break;
            }
            pause = flush() ? intervalNanos : Math.min(MAX_PAUSE_NANOS, pause * 2);
        }
    }

    private boolean writeAll() {
        while (true) {
            if (unwritten.isEmpty() && queue.drainTo(unwritten, Math.max(batchSize, 1) * 4) == 0) {
                return true;
            }
            try {
                insert(unwritten);
                written.increment(unwritten.size());
                unwritten.clear();
                if (failing) {
                    failing = false;
                    log.info("Audit rows are written again ({} waiting)", queue.size());
                }
                dropping = false;
            } catch (RuntimeException e) {
                // PostgreSQL unreachable or failing (DataAccessException); anything else is retried the same way
                if (!failing) {
                    failing = true;
                    log.warn("Audit rows not written ({} waiting); retrying: {}", queue.size() + unwritten.size(), e.toString());
                }
                return false;
            }
        }
    }

    /** All rows in one transaction; if the table refuses one, each row alone, the refused ones dropped. */
    private void insert(List<AuditRow> rows) {
        borrows.increment();
        Boolean done = jdbc.execute((ConnectionCallback<Boolean>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (AuditRow row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (!refused(e)) {
                    throw e;
                }
                return false;
            } finally {
                c.setAutoCommit(auto);
            }
        });
        if (!Boolean.TRUE.equals(done)) {
            insertOneByOne(rows);
        }
    }

    private void insertOneByOne(List<AuditRow> rows) {
        borrows.increment();
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (var it = rows.iterator(); it.hasNext(); ) {
                    AuditRow row = it.next();
                    bind(ps, row);
                    try {
                        ps.executeUpdate();
                    } catch (SQLException e) {
                        if (!refused(e)) {
                            throw e; // the rows before are in, and gone from the list: the retry starts here
                        }
                        droppedRefused.increment();
                        log.error("Audit row {} {} #{} refused by the table and dropped: {}", row.action(), row.entity(),
                                row.entityId(), e.getMessage());
                    }
                    it.remove();
                }
            }
            return null;
        });
    }

    /** SQL states of the data and constraint classes: the row itself is wrong, retrying cannot help. */
    private static boolean refused(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("22") || s.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        if (e.getNextException() != null && e.getNextException() != e) {
            return refused(e.getNextException());
        }
        return false;
    }

    private static void bind(PreparedStatement ps, AuditRow row) throws SQLException {
        ps.setObject(1, row.at().atOffset(ZoneOffset.UTC));
        ps.setObject(2, row.actorId(), Types.BIGINT);
        ps.setString(3, row.actorName());
        ps.setString(4, row.terminal());
        ps.setString(5, row.action());
        ps.setString(6, row.entity());
        ps.setObject(7, row.entityId(), Types.BIGINT);
        ps.setObject(8, row.eventId(), Types.BIGINT);
        ps.setString(9, row.entity());
        ps.setObject(10, row.entityId(), Types.BIGINT);
        ps.setString(11, row.details());
    }

    @Override
    public void start() {
        writing.lock();
        try {
            if (running) {
                return;
            }
            running = true;
            writer = new Thread(this::run, "audit-writer");
            writer.setDaemon(true);
            writer.start();
        } finally {
            writing.unlock();
        }
    }

    /** Writes what is queued before the DataSource closes, retrying for up to the shutdown timeout. */
    @Override
    public void stop() {
        Thread thread;
        writing.lock();
        try {
            if (!running) {
                return;
            }
            running = false;
            thread = writer;
        } finally {
            writing.unlock();
        }
        LockSupport.unpark(thread);
        try {
            thread.join(shutdownTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        long pause = TimeUnit.MILLISECONDS.toNanos(100);
        while (!flush() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(pause);
            pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
        }
        int lost = waiting();
        if (lost > 0) {
            log.error("{} audit rows could not be written before shutdown and are lost", lost);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
