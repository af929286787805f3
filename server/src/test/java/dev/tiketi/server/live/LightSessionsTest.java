package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import jakarta.servlet.ServletContext;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Sessions sized for what clients send: the buffers are what {@link LightSessions} says, a client frame over
 * the limit is refused with an ERROR frame and a close (never a hang), and the largest frame a real client
 * sends still fits. What an idle session then weighs is measured by {@link IdleSessionFootprintTest}.
 */
class LightSessionsTest extends IntegrationTest {
    @Autowired
    ServletContext servletContext;
    @Autowired
    ApplicationContext context;
    @Autowired
    LiveOutboxes outboxes;

    private final LiveClients live = new LiveClients();
    private String customer;
    private long event;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        customer = api.login("customer", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        event = fixtures.publishedEvent(Fixtures.onSale("Show", fixtures.venue(Fixtures.smallVenue("Hall"))));
        new Sales(api).snapshot(event);
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    @Test
    void tomcatsSessionBuffersAreTheSmallOnes() throws Exception {
        ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(LightSessions.TEXT_BUFFER_CHARS);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(LightSessions.BINARY_BUFFER_BYTES);
        // read once by Tomcat when its WebSocket classes load: this proves the setting came in time
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(LightSessions.TOMCAT_BUFFER_BYTES);
        Connector connector = ((TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer()).getTomcat()
                .getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo(String.valueOf(LightSessions.SOCKET_READ_BUFFER_BYTES));
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo(String.valueOf(LightSessions.SOCKET_WRITE_BUFFER_BYTES));
    }

    @Test
    void aSessionKeepsNoCopyOfTheHandshakeHeaders() throws Exception {
        try (RawStompClient c = RawStompClient.open(port, customer, null, 0)) {
            c.subscribe(LiveDestinations.seats(event));
            c.awaitReceipt();
            List<WebSocketSession> sessions = outboxes.sessions();
            assertThat(sessions).isNotEmpty().allSatisfy(s -> {
                assertThat(s.getHandshakeHeaders().isEmpty()).isTrue();
                assertThat(s.getAcceptedProtocol()).as("the subprotocol is still negotiated").isEqualTo("v12.stomp");
            });
        }
    }

    @Test
    void aClientFrameOverTheLimitIsRefusedWithAnErrorFrameAndTheConnectionCloses() throws Exception {
        try (RawStompClient c = RawStompClient.open(port, customer, null, 0)) {
            c.sendFrame("SUBSCRIBE\nid:big\ndestination:" + LiveDestinations.seats(event) + "\nx-padding:"
                    + "p".repeat(LightSessions.CLIENT_FRAME_LIMIT) + "\n\n\0");
            String error = c.awaitErrorFrame(Duration.ofSeconds(5));
            assertThat(error).as("an ERROR frame before the close").isNotNull().contains("message:");
            assertThat(c.drainUntilClosed(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aFrameJustUnderTheLimitArrivesInPartsAndIsTaken() throws Exception {
        String padding = "p".repeat(LightSessions.CLIENT_FRAME_LIMIT - 200); // many of Tomcat's small parts
        try (RawStompClient c = RawStompClient.open(port, customer, null, 0)) {
            c.sendFrame("SUBSCRIBE\nid:long\ndestination:" + LiveDestinations.seats(event) + "\nreceipt:raw-r1\nx-padding:"
                    + padding + "\n\n\0");
            c.awaitReceipt();
        }
    }

    @Test
    void theLargestFrameARealClientSendsFits() {
        // CONNECT with a bearer token and the longest terminal name the server keeps
        LiveClient client = live.connect(port, customer, "t".repeat(64));
        live.record(client, LiveDestinations.seats(event), SeatsUpdate.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> client.state() == LiveClient.State.CONNECTED);
    }
}
