package dev.tiketi.server.dashboard;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.SystemFigures;
import dev.tiketi.server.live.LiveConnections;
import dev.tiketi.server.queue.QueueFiguresReader;
import dev.tiketi.server.system.OperationsMeters;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's system panel; the same figures as Prometheus meters on /actuator/prometheus. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class SystemController {
    private final LiveConnections connections;
    private final OperationsMeters meters;
    private final QueueFiguresReader queues;
    private final JdbcClient jdbc;
    private final Clock clock;

    SystemController(LiveConnections connections, OperationsMeters meters, QueueFiguresReader queues, JdbcClient jdbc, Clock clock) {
        this.connections = connections;
        this.meters = meters;
        this.queues = queues;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Operation(summary = "Live sessions (this instance), Redis memory, holds, orders and tickets of the last minute "
            + "(every instance), and each busy waiting room's admissions per minute.")
    @GetMapping(ApiPaths.ADMIN_SYSTEM)
    SystemFigures system() {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minusSeconds(60));
        // every hold writes an audit row (stamped by the database's clock): the cluster-wide count, from the index on its time
        long holds = jdbc.sql("select count(*) from audit_log where action = 'HOLD_CREATED' and at >= now() - interval '1 minute'")
                .query(Long.class).single();
        long[] sold = jdbc.sql("""
                select count(*), coalesce(sum((select count(*) from ticket t where t.order_id = o.id)), 0)
                from customer_order o where o.created_at >= ?""").param(since)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new SystemFigures(now, connections.count(), meters.redisUsedMemory(), meters.redisMaxMemory(), holds, sold[0],
                sold[1], queues.active());
    }
}
