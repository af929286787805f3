package dev.tiketi.desktop;

import static dev.tiketi.desktop.KioskPurchaseScreenTest.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.kiosk.purchase.KioskPurchase;
import dev.tiketi.desktop.seatmap.SeatGeometry;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.seatmap.SeatMapView;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.demo.DemoHall;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.TestClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the kiosk's purchase on the demo catalogue, for a kiosk standing across (1920×1080) and upright
 * (1080×1920), in English and Korean: seats on the Grand Hall's map, GA quantities, the card, the card wait,
 * declined, no answer, the 30 s warning and the tickets. The pictures `./tiketi screenshots` puts in docs/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class KioskPurchaseScreensTest {
    private Stage stage;
    private Session session;
    private KioskPurchase purchase;
    private final Gate gate = new Gate();
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void demo() {
        TestServer.reset();
        TestClock.CLOCK.reset();
        DemoHall.createCatalog(TestServer.get().context());
        ApiClient client = new ApiClient(URI.create(TestServer.base()), "lobby-kiosk");
        session = new Session(client, client.login("kiosk", IntegrationTest.PASSWORD), new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void close(FxRobot robot) {
        gate.open();
        robot.interact(() -> {
            if (purchase != null) {
                purchase.close();
            }
        });
        session.close();
        TestClock.CLOCK.reset();
    }

    @ParameterizedTest
    @CsvSource({"en,1920,1080,landscape", "en,1080,1920,portrait", "ko,1920,1080,landscape", "ko,1080,1920,portrait"})
    void everyPurchaseScreen(String language, int width, int height, String orientation, FxRobot robot) {
        Messages m = new Messages(Locale.forLanguageTag(language));
        String suffix = "-" + language + "-" + orientation + ".png";
        show(robot, "Seoul Philharmonic: New Year Gala", m, width, height);
        SeatMap map = robot.lookup("#seatMap").queryAs(SeatMap.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> map.getStates().size() > 1000 && map.getSkin() != null));
        List<Long> two = twoFreeSeatsNearTheMiddle(map);
        tap(robot, map, two.get(0)); // the first tap on the whole hall only zooms in to finger size
        tap(robot, map, two.get(0));
        tap(robot, map, two.get(1));
        assertThat(fx(() -> List.copyOf(map.getSelection()))).containsExactlyInAnyOrderElementsOf(two);
        save(robot, "kiosk-purchase-seats" + suffix);

        fire(robot, "#holdButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        save(robot, "kiosk-purchase-card" + suffix);

        chooseCard(robot, 1); // declined: first the card wait, held open by the gate, then the answer
        gate.close();
        fire(robot, "#tapButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, ".masker-pane")).isTrue();
        save(robot, "kiosk-purchase-paying" + suffix);
        gate.open();
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#answerStep"));
        save(robot, "kiosk-purchase-declined" + suffix);

        fire(robot, "#tryAgainButton");
        chooseCard(robot, 2);
        fire(robot, "#tapButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#answerStep")
                && fx(() -> robot.lookup("#answerTitle").queryLabeled().getText()).equals(m.text("kiosk.purchase.noAnswerTitle")));
        save(robot, "kiosk-purchase-no-answer" + suffix);

        fire(robot, "#tryAgainButton");
        TestClock.CLOCK.advance(Duration.ofMinutes(5).minusSeconds(25));
        await().atMost(Duration.ofSeconds(3)).until(() -> visible(robot, "#warning"));
        save(robot, "kiosk-purchase-warning" + suffix);
        fire(robot, "#extendButton");
        await().atMost(Duration.ofSeconds(3)).until(() -> !visible(robot, "#warning"));

        chooseCard(robot, 0);
        fire(robot, "#insertButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#ticketsStep")
                && fx(() -> robot.lookup("#printState").queryLabeled().getText()).contains(".pdf"));
        save(robot, "kiosk-purchase-tickets" + suffix);
        robot.interact(purchase::close);

        show(robot, "Han River Summer Festival", m, width, height);
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup(".kp-stepper-button").queryAll().size() >= 6
                && robot.lookup(".tier-stock").queryAll().size() == 3));
        List<Button> plus = fx(() -> robot.lookup(".kp-stepper-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getAccessibleText().startsWith(m.text("kiosk.purchase.more", "").strip())).toList());
        robot.interact(() -> {
            plus.get(0).fire();
            plus.get(0).fire();
            plus.get(1).fire();
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> !robot.lookup("#gaButton").queryButton().isDisabled()));
        save(robot, "kiosk-purchase-ga" + suffix);
    }

    private void show(FxRobot robot, String eventName, Messages m, int width, int height) {
        long id = session.api().eventsList(eventName).stream().filter(e -> e.name().equals(eventName)).map(EventSummary::id)
                .findFirst().orElseThrow();
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            purchase = new KioskPurchase(session, id, new Threads(gate, Platform::runLater),
                    new KioskPurchase.Setup(m, TestClock.CLOCK, "", prints));
            Scene scene = new Scene(purchase.view(), width, height);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
        });
    }

    /** Two free seats side by side in the middle of the orchestra, where a customer would look first. */
    private static List<Long> twoFreeSeatsNearTheMiddle(SeatMap map) {
        return fx(() -> {
            SeatGeometry g = ((SeatMapView) map.getSkin()).geometry();
            for (int n = 15; n < 30; n++) {
                String label = "ORC-H-" + n;
                SeatView s = g.seats().stream().filter(v -> v.label().equals(label)).findFirst().orElseThrow();
                List<Long> row = g.row(s.id());
                int at = row.indexOf(s.id());
                if (at + 1 < row.size() && map.status(s.id()) == SeatStatus.AVAILABLE && map.status(row.get(at + 1)) == SeatStatus.AVAILABLE) {
                    return List.of(s.id(), row.get(at + 1));
                }
            }
            throw new AssertionError("no two free seats together in row H");
        });
    }

    /** A finger's tap on a seat, given to the map's surface directly (an upright kiosk is taller than the test's screen). */
    private static void tap(FxRobot robot, SeatMap map, long seatId) {
        robot.interact(() -> {
            SeatMapView view = (SeatMapView) map.getSkin();
            SeatGeometry g = view.geometry();
            SeatView s = g.seat(seatId);
            Node surface = view.surface();
            javafx.geometry.Point2D scene = surface.localToScene(g.screenX(s.x()), g.screenY(s.y()));
            double x = scene.getX();
            double y = scene.getY();
            for (javafx.event.EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                // scene coordinates: the event gives each node its own on the way down
                Event.fireEvent(surface, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                        type == MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseCard(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup(".kp-card-choice").queryAllAs(ToggleButton.class).stream()
                .sorted(java.util.Comparator.comparing(b -> ((Enum<?>) b.getUserData()).ordinal())).toList().get(index).setSelected(true));
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).query().isVisible());
    }

    private void save(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene().getRoot(), name);
    }

    /** The purchase's server calls, which a test can hold back to show the screen that waits for them. */
    private static final class Gate implements Executor {
        private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kiosk-test-server-calls");
            t.setDaemon(true);
            return t;
        });
        private final List<Runnable> held = new ArrayList<>();
        private boolean closed;

        @Override
        public synchronized void execute(Runnable work) {
            if (closed) {
                held.add(work);
            } else {
                pool.execute(work);
            }
        }

        synchronized void close() {
            closed = true;
        }

        synchronized void open() {
            closed = false;
            held.forEach(pool::execute);
            held.clear();
        }
    }
}
