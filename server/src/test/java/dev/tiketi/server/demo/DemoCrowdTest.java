package dev.tiketi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Shoppers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The demo's simulated crowd against the real waiting room: it keeps its line full, leaves as soon as it is let
 * in, so a real shopper behind it moves forward and gets in; and it never walks outside the embedded demo.
 */
class DemoCrowdTest extends IntegrationTest {
    @Autowired
    DemoCrowd crowd;
    @Autowired
    JwtEncoder encoder;

    String admin;
    Queues queues;
    long event;

    @BeforeEach
    void busyShow() {
        admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        queues = new Queues(api);
        event = fixtures.publishedEvent(Fixtures.onSale("K-Pop Live", fixtures.venue(Fixtures.smallVenue("Hall"))));
    }

    private QueueAdminView line() {
        return api.get("/api/queue/admin/" + event, admin).as(QueueAdminView.class);
    }

    @Test
    void theCrowdFillsTheLineAndARealShopperBehindItGetsIn() {
        // one buyer at a time: while the real shopper is in, nobody of the crowd can be, which makes the counts exact
        queues.configure(event, admin, QueueMode.FORCED_ON, 1, 600, 300, 60);
        crowd.step(event);
        assertThat(crowd.waiting()).isEqualTo(DemoCrowd.SIZE);
        assertThat(line().summary().waiting() + line().summary().admitted()).isEqualTo(DemoCrowd.SIZE);

        String shopper = Shoppers.create(data.jdbc(), encoder, 1).get(0).token();
        QueueStatus joined = queues.check(event, shopper);
        assertThat(joined.state()).isEqualTo(QueueState.QUEUED);
        assertThat(joined.ahead()).isGreaterThanOrEqualTo(DemoCrowd.SIZE - 1);

        await("the crowd ahead is let in and leaves, one by one").atMost(Duration.ofSeconds(30)).until(() -> {
            crowd.step(event);
            return queues.status(event, shopper).state() == QueueState.ADMITTED;
        });
        crowd.step(event);

        assertThat(crowd.waiting()).as("newcomers joined behind").isEqualTo(DemoCrowd.SIZE);
        QueueAdminView line = line();
        assertThat(line.summary().admitted()).as("the crowd left its turns; only the shopper is in").isEqualTo(1);
        assertThat(line.summary().waiting()).isEqualTo(DemoCrowd.SIZE);
    }

    @Test
    void theDemosBusyShowQueuesEveryoneAtAVisiblePace() {
        QueueSettings busy = DemoCatalog.BUSY_QUEUE;
        assertThat(busy.mode()).isEqualTo(QueueMode.FORCED_ON);
        assertThat(busy.admissionsPerMinute()).as("about one every 3 s: a line one sees move").isEqualTo(20);
    }

    @Test
    void outsideTheEmbeddedDemoTheCrowdStaysHome() {
        queues.configure(event, admin, QueueMode.FORCED_ON, 1, 600, 300, 60);
        data.jdbc().sql("insert into app_setting (key, value) values (?, ?)").params(DemoCrowd.EVENT_SETTING, Long.toString(event))
                .update();

        crowd.scheduled(); // the tests' server runs in production mode, demo data off

        assertThat(line().summary().waiting()).isZero();
        assertThat(line().summary().admitted()).isZero();
    }
}
