package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveRefusal;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin dashboard's live sales figures: moved by sales through the API, at most once a second, admins only. */
class LiveSalesTest extends IntegrationTest {
    private final LiveClients live = new LiveClients();
    private String admin;
    private String clerk;
    private long event;
    private List<Long> seats;
    private Sales sales;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        sales = new Sales(api);
        // the standard seats of row C, in order
        seats = sales.seats(venue).stream().filter(s -> s.row().equals("C") && s.label().startsWith("FLR")).map(s -> s.id()).sorted().toList();
        sales.snapshot(event);
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    @Test
    void aSaleThroughTheApiMovesTheFigures() {
        LiveClients.Recorder<SalesFigures> figures = live.record(live.connect(port, admin, "office"), LiveDestinations.sales(event),
                SalesFigures.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> figures.last() != null);
        assertThat(figures.last().sold()).isZero();
        assertThat(figures.last().holdCount()).isZero();

        String hold = sales.holdSeats(event, clerk, "Counter 1", seats.get(0), seats.get(1)).body().get("holdId").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> figures.last().holdCount() == 1);
        SalesFigures held = figures.last();
        assertThat(held.held()).isEqualTo(2);
        assertThat(held.activeHolds()).singleElement().satisfies(h -> {
            assertThat(h.holdId()).isEqualTo(hold);
            assertThat(h.terminal()).isEqualTo("Counter 1");
            assertThat(h.items()).isEqualTo(2);
            assertThat(h.total()).isEqualTo(100_000);
            assertThat(h.expiresAt()).isAfter(held.at());
        });

        assertThat(sales.buyByCard(hold, clerk, "Counter 1").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> figures.last().sold() == 2);
        SalesFigures sold = figures.last();
        assertThat(sold.revenue()).isEqualTo(100_000);
        assertThat(sold.held()).isZero();
        assertThat(sold.activeHolds()).isEmpty();
        assertThat(sold.byChannelAndTier()).containsExactly(new SalesFigures.SalesFigure(Channel.CLERK, "STD", 2, 100_000));
        SalesFigures snapshot = api.get("/api/admin/events/" + event + "/sales", admin).as(SalesFigures.class);
        assertThat(snapshot.byChannelAndTier()).isEqualTo(sold.byChannelAndTier());
    }

    @Test
    void aBurstOfChangesIsPushedAtMostOnceASecond() {
        LiveClients.Recorder<SalesFigures> figures = live.record(live.connect(port, admin, "office"), LiveDestinations.sales(event),
                SalesFigures.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> figures.last() != null);
        for (int i = 0; i < 6; i++) {
            assertThat(sales.holdSeats(event, clerk, "Counter " + i, seats.get(i)).status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(6)).until(() -> figures.last().holdCount() == 6);
        List<SalesFigures> all = figures.messages();
        for (int i = 1; i < all.size(); i++) {
            assertThat(Duration.between(all.get(i - 1).at(), all.get(i).at())).as("push %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
        assertThat(all.size()).as("6 holds in well under a second: the first figures, then at most a few pushes").isLessThanOrEqualTo(4);
    }

    @Test
    void nonAdminsAreRefusedWithAnErrorFrame() {
        for (String role : List.of("clerk", "kiosk", "customer")) {
            LiveClient client = live.connect(port, api.login(role, PASSWORD), "t-" + role);
            List<String> errors = new CopyOnWriteArrayList<>();
            client.onError(errors::add);
            client.subscribe(LiveDestinations.sales(event), SalesFigures.class, m -> {
                throw new AssertionError(role + " got sales figures");
            }, null);
            await(role).atMost(Duration.ofSeconds(3)).until(() -> errors.contains(LiveRefusal.FORBIDDEN.name()));
            await().atMost(Duration.ofSeconds(3)).until(() -> client.state() != LiveClient.State.CONNECTED);
            client.close();
        }
    }
}
