package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueWhatIf;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The admin's what-if for a waiting room, from the line as it is and the measured rate; it changes nothing. */
class QueueWhatIfTest extends IntegrationTest {

    @Test
    void projectsTheLastWaitAndTheDrainFromTheMeasuredRateAndChangesNothing() {
        String admin = api.login("admin", PASSWORD);
        String kiosk = api.login("kiosk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long event = fixtures.publishedEvent(Fixtures.onSale("대기열 공연", fixtures.venue(Fixtures.smallVenue("Hall"))));
        Queues queues = new Queues(api);
        queues.configure(event, admin, QueueMode.FORCED_ON, 2, 600, 300, 60);
        for (int i = 1; i <= 6; i++) {
            queues.check(event, kiosk, "kiosk-" + i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/queue/admin/" + event, admin).body().get("summary")
                .get("admitted").asLong() == 2);
        Map<String, String> before = new TreeMap<>(data.fingerprint());

        Api.Res r = api.get("/api/queue/admin/what-if/" + event + "?threshold=4&admissionsPerMinute=600", admin);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        QueueWhatIf w = r.as(QueueWhatIf.class);
        assertThat(w.waiting()).isEqualTo(4);
        assertThat(w.admitted()).isEqualTo(2);
        assertThat(w.measured()).isTrue();
        // two admissions in the last few seconds count over the shortest span, ten seconds: 12 a minute
        assertThat(w.measuredPerMinute()).isEqualTo(12.0);
        // twice the slots turn over twice as fast: 24 a minute; the two new slots fill at the cap (0.2 s), two more at 24/min (5 s)
        assertThat(w.projectedPerMinute()).isEqualTo(24.0);
        assertThat(w.lastInLineWaitSeconds()).isEqualTo(6);
        // the six arrivals of the last two minutes that still wait (4) are 2 a minute: 2 / (24 - 2) min after the first two
        assertThat(w.arrivalsPerMinute()).isEqualTo(2.0);
        assertThat(w.drainSeconds()).isEqualTo((long) Math.ceil((2 / 600.0 + 2 / 22.0) * 60));
        assertThat(new TreeMap<>(data.fingerprint())).isEqualTo(before);
        assertThat(api.get("/api/queue/admin/" + event, admin).body().get("settings").get("threshold").asInt()).isEqualTo(2);
    }
}
