package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.Feed;
import dev.tiketi.live.LiveClient;
import dev.tiketi.live.PresenceFeed;
import dev.tiketi.live.QueueFeed;
import dev.tiketi.live.QueuePlace;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.server.support.AdmissionRecorder;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * live-client's queue and presence feeds against the real server: each shopper's place worked out from the
 * queue summaries matches the server's own count, only ever goes down, ends in the pushed admission, and is
 * put right by a check after a reconnect; presence follows terminals coming and going.
 */
class QueueAndPresenceFeedTest extends IntegrationTest {
    private static final Duration NO_POLLING = Duration.ofHours(1);

    @Autowired
    JwtEncoder encoder;
    @Autowired
    AdmissionRecorder admissions;

    private final LiveClients live = new LiveClients();
    private String admin;
    private Fixtures fixtures;
    private Queues queues;
    private long venue;

    @BeforeEach
    void setUp() {
        admissions.reset();
        admin = api.login("admin", PASSWORD);
        fixtures = new Fixtures(api, admin);
        queues = new Queues(api);
        venue = fixtures.venue(Fixtures.smallVenue("세종홀"));
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    /** One shopper's feed, every position it showed while waiting (0 once in) in order, and its personal pushes. */
    private record Follower(Shopper shopper, QueueFeed feed, List<Long> shown, LiveClients.Recorder<QueueStatus> pushed) {
        QueuePlace place() {
            return feed.place();
        }
    }

    private Follower follow(long event, Shopper shopper) {
        LiveClient client = live.connect(port, shopper.token(), null);
        LiveClients.Recorder<QueueStatus> pushed = live.record(client, LiveDestinations.position(event), QueueStatus.class);
        QueueFeed feed = live.queue(client, event, () -> queues.status(event, shopper.token()), NO_POLLING);
        List<Long> shown = new CopyOnWriteArrayList<>();
        feed.onChange(f -> {
            QueuePlace p = feed.place();
            if (p != null) {
                shown.add(p.state() == QueueState.QUEUED ? p.position() : 0L);
            }
        });
        shown.add(feed.place().position());
        return new Follower(shopper, feed, shown, pushed);
    }

    @Test
    void twentyShoppersFollowTheirPlaceDownToThePushedAdmission() {
        Instant now = TestClock.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        long event = fixtures.publishedEvent(Fixtures.reserved("봄맞이 콘서트", venue, now.plusSeconds(30),
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10))));
        queues.configure(event, admin, QueueMode.FORCED_ON, 5, 600, 300, 3600);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, 20);
        List<Follower> followers = new ArrayList<>();
        for (int i = 0; i < shoppers.size(); i++) {
            assertThat(queues.check(event, shoppers.get(i).token()).position()).isEqualTo(i + 1);
        }
        for (Shopper s : shoppers) {
            followers.add(follow(event, s));
        }
        for (int i = 0; i < followers.size(); i++) {
            assertThat(followers.get(i).place().position()).isEqualTo(i + 1);
            assertThat(followers.get(i).feed().progress()).isZero();
        }

        // the sale opens: five at a time are let in, and each round's five leave to make room for the next
        TestClock.CLOCK.advance(Duration.ofSeconds(31));
        for (int in = 5; in <= 20; in += 5) {
            int admittedSoFar = in;
            await().atMost(Duration.ofSeconds(20)).until(() -> admissions.shoppers(event).size() == admittedSoFar);
            for (int i = 0; i < in; i++) {
                Follower f = followers.get(i);
                await().atMost(Duration.ofSeconds(5)).until(() -> f.place().state() == QueueState.ADMITTED);
                assertThat(f.place().admissionToken()).isNotBlank();
                assertThat(f.feed().progress()).isEqualTo(1.0);
            }
            // the line stands still now (the threshold is full): every place shown is the server's exactly
            for (int i = in; i < followers.size(); i++) {
                Follower f = followers.get(i);
                int expected = i - in + 1;
                await().atMost(Duration.ofSeconds(5)).until(() -> f.place().position() == expected);
                QueueStatus server = queues.status(event, f.shopper().token());
                assertThat(f.place().position()).isEqualTo(server.position()).isEqualTo(expected);
                assertThat(f.place().total()).isEqualTo(server.total()).isEqualTo(20 - in);
                assertThat(f.feed().progress()).isEqualTo((double) (i + 1 - expected) / (i + 1));
            }
            for (int i = in - 5; i < in; i++) {
                queues.leave(event, followers.get(i).shopper().token());
            }
        }

        for (Follower f : followers) {
            assertThat(f.shown()).as("a place never goes up").isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(f.shown().get(f.shown().size() - 1)).isZero();
            assertThat(f.pushed().messages()).hasSize(1);
            QueueStatus admission = f.pushed().last();
            assertThat(admission.state()).isEqualTo(QueueState.ADMITTED);
            assertThat(f.place().admissionToken()).as("the pushed admission is what the feed ends with")
                    .isEqualTo(admission.admissionToken());
            // The check at the start, and at most one more: the summary goes out at once while the admission
            // goes through the servers' Redis relay, so a summary showing the head past the shopper may come
            // first, and the feed checks rather than wait for a push that another server might owe it.
            assertThat(f.feed().reloads()).isBetween(1L, 2L);
        }
        assertThat(followers.get(19).shown()).as("the last one saw the line move").hasSizeGreaterThan(4);
    }

    @Test
    void aFeedThatWasOfflineChecksOnReconnectAndShowsTheServersPlaceExactly() {
        long event = fixtures.publishedEvent(Fixtures.onSale("가을 음악회", venue));
        queues.configure(event, admin, QueueMode.FORCED_ON, 2, 600, 300, 3600);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, 8);
        shoppers.forEach(s -> queues.check(event, s.token()));
        await().atMost(Duration.ofSeconds(5)).until(() -> admissions.shoppers(event).size() == 2);
        Shopper me = shoppers.get(7);
        LiveClient client = live.connect(port, me.token(), null);
        QueueFeed feed = live.queue(client, event, () -> queues.status(event, me.token()), NO_POLLING);
        assertThat(feed.place().position()).isEqualTo(6);

        client.hold();
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.mode() == Feed.Mode.POLLING);
        // while it is away: the two inside leave, two more are let in, and one in front of it gives up
        queues.leave(event, shoppers.get(0).token());
        queues.leave(event, shoppers.get(1).token());
        await().atMost(Duration.ofSeconds(5)).until(() -> admissions.shoppers(event).size() == 4);
        queues.leave(event, shoppers.get(5).token());
        QueueStatus server = queues.status(event, me.token());
        assertThat(server.position()).as("4, 6 and me wait").isEqualTo(3);
        assertThat(feed.place().position()).as("offline, not polling: what it last knew").isEqualTo(6);
        long checks = feed.reloads();

        client.resume();
        // the line stands still from here, so no summary comes: only the check can put it right, and the
        // head's bound (sequence - head + 1 = 4) would not, since someone in between left
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.place().position() == 3);
        assertThat(feed.place().total()).isEqualTo(3);
        assertThat(feed.reloads()).isGreaterThan(checks);
        assertThat(feed.mode()).isEqualTo(Feed.Mode.LIVE);
        assertThat(client.connectCount()).isEqualTo(2);
        assertThat(queues.status(event, me.token()).position()).isEqualTo(feed.place().position());
    }

    @Test
    void presenceCountsASecondTerminalInAndOutAgain() {
        long event = fixtures.publishedEvent(Fixtures.onSale("겨울 오페라", venue));
        String clerk = api.login("clerk", PASSWORD);
        PresenceFeed presence = live.presence(live.connect(port, clerk, "매표소-1"), event);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence() != null && presence.presence().terminals() == 1);
        assertThat(presence.presence().viewers()).isZero();

        LiveClient second = live.connect(port, admin, "매표소-2");
        live.seats(second, api, event, NO_POLLING);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence().terminals() == 2);

        second.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence().terminals() == 1);
        assertThat(presence.presence().viewers()).isZero();
    }

    @Test
    void aPresenceFeedOpenedBesideASeatMapGetsTheCountAtOnce() {
        long event = fixtures.publishedEvent(Fixtures.onSale("여름 축제", venue));
        String clerk = api.login("clerk", PASSWORD);
        LiveClient client = live.connect(port, clerk, "매표소-1");
        live.seats(client, api, event, NO_POLLING);

        // this connection already watches the event, so its presence did not change by subscribing again
        PresenceFeed presence = live.presence(client, event);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.presence() != null);
        assertThat(presence.presence().terminals()).isEqualTo(1);
    }
}
