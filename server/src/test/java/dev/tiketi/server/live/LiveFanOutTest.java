package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A broadcast is serialised once per instance and every subscriber gets the same frame but for its own
 * subscription id. Slow clients and order under the new path: {@link LiveProtocolTest}
 * ({@code aClientThatNeverReadsDelaysNobodyAndIsCutOff}) and {@link LiveOutboxTest}.
 */
class LiveFanOutTest extends IntegrationTest {
    private static final Pattern SUBSCRIPTION = Pattern.compile("\nsubscription:([^\n]*)\n");

    @Autowired
    LiveBroadcaster broadcaster;
    @Autowired
    LiveSessions sessions;

    private String clerk;
    private String customer;
    private long event;
    private List<Long> seats;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        customer = api.login("customer", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
        new Sales(api).snapshot(event); // its first load's resync is not part of a test
    }

    @Test
    void everySubscriberGetsTheSameFrameWithItsOwnSubscriptionIdFromOneEncoding() throws Exception {
        List<RawStompClient> clients = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                // half share one id (as the project's clients do), half have their own
                String id = i % 2 == 0 ? "s1" : "sub-" + i;
                RawStompClient c = RawStompClient.open(port, customer, null, 0);
                c.subscribe(id, LiveDestinations.seats(event));
                c.awaitReceipt();
                clients.add(c);
                ids.add(id);
            }
            await().atMost(Duration.ofSeconds(3)).until(() -> sessions.sessionCount() == 12);
            long encodedBefore = broadcaster.encoded();

            new Sales(api).holdSeats(event, clerk, "c1", seats.get(0)).as(HoldView.class);

            List<String> frames = new ArrayList<>();
            for (RawStompClient c : clients) {
                String frame = c.awaitMessage(Duration.ofSeconds(3));
                assertThat(frame).as("a push to every subscriber").isNotNull();
                frames.add(frame);
            }
            for (int i = 0; i < frames.size(); i++) {
                Matcher m = SUBSCRIPTION.matcher(frames.get(i));
                assertThat(m.find()).isTrue();
                assertThat(m.group(1)).isEqualTo(ids.get(i));
                assertThat(withoutSubscription(frames.get(i))).isEqualTo(withoutSubscription(frames.get(0)));
            }
            assertThat(frames.get(0)).contains("destination:" + LiveDestinations.seats(event), "content-type:application/json",
                    "message-id:", "\"seatId\":" + seats.get(0));
            // the seat change was the only broadcast these sessions subscribe to: serialised once for all twelve
            assertThat(broadcaster.encoded() - encodedBefore).isEqualTo(1);
        } finally {
            for (RawStompClient c : clients) {
                c.close();
            }
        }
    }

    @Test
    void aBroadcastNobodyHereSubscribesToIsNotSerialised() {
        long before = broadcaster.encoded();
        broadcaster.send(LiveDestinations.seats(event), "nobody listens");
        assertThat(broadcaster.encoded()).isEqualTo(before);
    }

    private static String withoutSubscription(String frame) {
        return SUBSCRIPTION.matcher(frame).replaceFirst("\n");
    }
}
