package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an idle live session costs the server's heap, printed to the log: a measurement, not a check (it
 * depends on the collector). Bare-socket clients keep almost nothing on the test JVM's heap, so the
 * difference is the server's. The only assertion is that every session was held. Run it alone for a fair
 * number: Tomcat keeps the buffers of closed connections for reuse, so after other live tests the new
 * sessions' buffers come from that cache and are not counted.
 */
class IdleSessionFootprintTest extends IntegrationTest {
    private static final Logger log = LoggerFactory.getLogger(IdleSessionFootprintTest.class);
    private static final int SESSIONS = 200;

    @Autowired
    LiveConnections connections;

    @Test
    void measuresTheHeapOfIdleSessions() throws Exception {
        String customer = api.login("customer", PASSWORD);
        String admin = api.login("admin", PASSWORD);
        long event = new Fixtures(api, admin).publishedEvent(Fixtures.onSale("Idle", new Fixtures(api, admin)
                .venue(Fixtures.smallVenue("Idle hall"))));
        new Sales(api).snapshot(event);
        List<RawStompClient> clients = new ArrayList<>();
        try {
            // one session first, so what the first session of a JVM loads (classes, pools) is not counted
            RawStompClient warm = RawStompClient.open(port, customer, null, 0);
            warm.subscribe(LiveDestinations.seats(event));
            warm.awaitReceipt();
            clients.add(warm);
            long before = usedAfterGc();
            Map<String, long[]> histogramBefore = histogram();
            for (int i = 0; i < SESSIONS; i++) {
                RawStompClient c = RawStompClient.open(port, customer, null, 0);
                c.subscribe(LiveDestinations.seats(event));
                c.awaitReceipt();
                clients.add(c);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> connections.count() == SESSIONS + 1);
            long after = usedAfterGc();
            Map<String, long[]> histogramAfter = histogram();
            log.info("Idle live sessions: {} sessions, heap {} -> {} bytes, {} bytes per session", SESSIONS, before, after,
                    (after - before) / SESSIONS);
            histogramAfter.entrySet().stream()
                    .map(e -> {
                        long[] was = histogramBefore.getOrDefault(e.getKey(), new long[2]);
                        return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                    })
                    .sorted(Comparator.comparingLong(e -> -e.getValue()[1]))
                    .limit(40)
                    .forEach(e -> log.info("  {} bytes, {} objects per session: {}", e.getValue()[1] / SESSIONS,
                            String.format("%.1f", e.getValue()[0] / (double) SESSIONS), e.getKey()));
            assertThat(connections.count()).isEqualTo(SESSIONS + 1);
        } finally {
            for (RawStompClient c : clients) {
                c.close();
            }
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Class name → {instances, bytes}, from the JVM's own class histogram (after a full GC). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 4 && p[0].endsWith(":")) {
                out.put(p[3], new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])});
            }
        }
        return out;
    }
}
