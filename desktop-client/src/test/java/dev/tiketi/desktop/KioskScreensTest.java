package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.kiosk.EventTiles;
import dev.tiketi.desktop.kiosk.JoinedPlaces;
import dev.tiketi.desktop.kiosk.KioskEvent;
import dev.tiketi.desktop.kiosk.KioskFlow.Step;
import dev.tiketi.desktop.kiosk.KioskMode;
import dev.tiketi.desktop.kiosk.KioskOptions;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.server.demo.DemoHall;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kiosk screen on the demo catalogue, landscape 1920×1080 and portrait 1080×1920, in English and Korean:
 * attract (few left, sold out, sale not open yet; and with large text), the waiting room part way along the line, "it's your turn",
 * "still there?", the lapsed turn and leaving kiosk mode. `./tiketi screenshots` puts them in docs/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreensTest {
    private KioskMode kiosk;
    private Session session;
    private EventSummary busy;
    private List<String> crowd;

    @Start
    void start(Stage stage) {
    }

    @BeforeEach
    void demo() {
        TestServer.reset();
        DemoHall.createCatalog(TestServer.get().context());
        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Sales sales = new Sales(api);
        List<EventSummary> events = api.get("/api/events?size=100", null).body().get("items").valueStream()
                .map(n -> Api.JSON.treeToValue(n, EventSummary.class)).toList();
        busy = events.stream().filter(e -> e.name().equals("K-Pop Live: Neon Nights")).findFirst().orElseThrow();
        // the late jazz show nearly gone (few left), a small poetry evening gone (sold out)
        long jazz = id(events, "Midnight Jazz Session");
        long studio = api.get("/api/events/" + jazz, null).body().get("venue").get("id").asLong();
        List<Long> free = sales.seats(studio).stream().filter(seat -> !seat.blocked()).map(seat -> seat.id()).sorted().toList();
        List<Long> gone = free.subList(0, free.size() - 12);
        for (int from = 0; from < gone.size(); from += 8) { // one hold is at most the event's per-customer limit
            List<Long> part = gone.subList(from, Math.min(gone.size(), from + 8));
            Api.Res held = sales.hold(jazz, HoldRequest.seats(part), clerk, "counter-1");
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
        }
        long poetry = new Fixtures(api, admin).publishedEvent(Fixtures.ga("시 낭독의 밤 (Poetry Night)", 2));
        long general = api.get("/api/events/" + poetry, null).body().get("tiers").get(0).get("id").asLong();
        Api.Res held = sales.hold(poetry, HoldRequest.stock(general, 2), clerk, "counter-1");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        KioskWorld.oneAtATime(busy.id(), admin);
        crowd = KioskWorld.crowd(busy.id(), 40);
    }

    private static long id(List<EventSummary> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (kiosk != null) {
                kiosk.close();
            }
            if (session != null) {
                session.close();
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"en,landscape,1920,1080", "en,portrait,1080,1920", "ko,landscape,1920,1080", "ko,portrait,1080,1920"})
    void everyKioskScreen(String language, String orientation, int width, int height, FxRobot robot) {
        String suffix = "-" + language + "-" + orientation + ".png";
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-kiosk-shots-" + language + orientation);
        KioskOptions options = KioskOptions.of(new TerminalSettings(prefs)).still()
                .withTiming(KioskWorld.timing(Duration.ofSeconds(4), Duration.ofSeconds(20), Duration.ofSeconds(60)))
                .withPlaces(JoinedPlaces.inMemory());
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            session = KioskWorld.session("kiosk-shots-" + language + "-" + orientation, Locale.forLanguageTag(language));
            kiosk = new KioskMode(session, options, () -> { });
            TiketiApp.stylesheet(new Scene(kiosk.view(), width, height));
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> tiles(robot).size() == 6
                && tiles(robot).stream().anyMatch(t -> t.scarcity() == dev.tiketi.desktop.kiosk.Scarcity.FEW_LEFT)
                && tiles(robot).stream().anyMatch(t -> t.scarcity() == dev.tiketi.desktop.kiosk.Scarcity.SOLD_OUT)));
        shot(robot, "kiosk-attract" + suffix);
        robot.interact(() -> kiosk.flow().largeTextProperty().set(true));
        shot(robot, "kiosk-attract-large" + suffix);
        robot.interact(() -> kiosk.flow().largeTextProperty().set(false));

        robot.interact(() -> kiosk.flow().choose(KioskEvent.of(busy)));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> kiosk.flow().line().positionProperty().get() != null));
        assertThat(fx(() -> kiosk.flow().line().positionProperty().get())).isEqualTo(40);
        KioskWorld.leave(busy.id(), crowd.subList(1, 26)); // 25 of those waiting ahead go home
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> kiosk.flow().line().positionProperty().get() == 15));
        shot(robot, "kiosk-waiting" + suffix);

        await().atMost(Duration.ofSeconds(6)).until(() -> fx(() -> kiosk.flow().stillThereProperty().get()));
        shot(robot, "kiosk-still-there" + suffix, false);

        KioskWorld.leave(busy.id(), crowd.subList(26, 40));
        KioskWorld.leave(busy.id(), crowd.subList(0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> kiosk.flow().stepProperty().get() == Step.TURN));
        shot(robot, "kiosk-turn" + suffix);

        Api api = TestServer.api();
        api.post("/api/queue/admin/clear/" + busy.id(), null, api.login("admin", IntegrationTest.PASSWORD));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> kiosk.flow().stepProperty().get() == Step.LAPSED));
        shot(robot, "kiosk-lapsed" + suffix);

        robot.interact(() -> kiosk.exit().open());
        shot(robot, "kiosk-exit" + suffix);
    }

    @SuppressWarnings("unchecked")
    private List<EventTiles.Tile> tiles(FxRobot robot) {
        return ((org.controlsfx.control.GridView<EventTiles.Tile>) kiosk.view().lookup(".tiles")).getItems();
    }

    private void shot(FxRobot robot, String name) {
        shot(robot, name, true);
    }

    /** A touch first (unless the picture is of the kiosk asking for one), so "still there?" does not cover the screen. */
    private void shot(FxRobot robot, String name, boolean touch) {
        if (touch) {
            robot.interact(() -> kiosk.flow().touched());
        }
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(kiosk.view(), name);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
