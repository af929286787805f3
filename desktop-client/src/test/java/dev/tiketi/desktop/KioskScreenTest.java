package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.kiosk.KioskFlow.Step;
import dev.tiketi.desktop.kiosk.KioskMode;
import dev.tiketi.desktop.kiosk.KioskOptions;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Sales;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk against the real server, signed in as the kiosk account through the terminal's window: touch an
 * event, wait in its line (the admin turned it on), be let in and buy with the admission; a restart keeps the
 * place; a customer who walks away leaves nothing held and no place in line (checked on the server); a lapsed
 * turn is said and the line offered again; only the kiosk account's password leaves kiosk mode.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {
    private static final String TERMINAL = "kiosk-3";

    private Stage stage;
    private TerminalWindow window;
    private TerminalSettings settings;
    private String admin;
    private long event;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data() {
        TestServer.reset();
        Api api = TestServer.api();
        admin = api.login("admin", IntegrationTest.PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        event = fixtures.publishedEvent(Fixtures.onSale("신년 음악회 2027", fixtures.venue(Fixtures.smallVenue("세종문화회관"))));
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-kiosk-test");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", TERMINAL);
        prefs.put("language", "en");
        prefs.put("kioskPlace", "");
        settings = new TerminalSettings(prefs);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            stage.setFullScreen(false);
        });
    }

    private KioskOptions options(Duration idleAfter, Duration answerWithin) {
        return KioskOptions.of(settings).still().withPurchases(KioskWorld.HoldingPurchase::new)
                .withTiming(KioskWorld.timing(idleAfter, answerWithin, Duration.ofSeconds(1)));
    }

    private void open(FxRobot robot, KioskOptions options) {
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window = new TerminalWindow(stage, settings, prints, s -> new CounterViewModel(s, Clock.systemUTC(), Duration.ofSeconds(5)));
            window.kioskOptions(options);
            window.showSignIn(null);
            stage.show();
        });
        robot.clickOn("#username").eraseText(20).write("kiosk");
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> window.shell() != null));
    }

    private KioskMode kiosk() {
        return (KioskMode) window.shell().mode();
    }

    private Step step() {
        return fx(() -> kiosk().flow().stepProperty().get());
    }

    /**
     * Touches the event's tile until the kiosk takes the touch. Under load (CI) a tile could still move under the
     * pointer while the full-screen window settled, so the one touch landed beside it and the kiosk never left the
     * start screen; a customer would simply touch again, and so does this.
     */
    private void touchTheEvent(FxRobot robot) {
        for (int touch = 1; ; touch++) {
            await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#tile-" + event).tryQuery()
                    .map(n -> n.isVisible() && n.getScene() != null).orElse(false)));
            robot.clickOn("#tile-" + event);
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> step() != Step.ATTRACT);
                return;
            } catch (org.awaitility.core.ConditionTimeoutException missed) {
                if (touch == 3) {
                    throw missed;
                }
            }
        }
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void theLineTakesTheCustomerInByItselfAndTheAdmissionLetsTheKioskHold(FxRobot robot) {
        KioskWorld.oneAtATime(event, admin);
        List<String> crowd = KioskWorld.crowd(event, 3); // the first is in, two wait
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(fx(() -> robot.lookup("#signOut").tryQuery().isPresent())).as("no way out for customers").isFalse();

        touchTheEvent(robot);

        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.WAITING);
        await().atMost(Duration.ofSeconds(3)).until(() -> text(robot, "#place").equals("3"));
        assertThat(text(robot, "#ahead")).isEqualTo("2");
        QueueStatus waiting = KioskWorld.status(event, TERMINAL);
        assertThat(waiting.state()).isEqualTo(QueueState.QUEUED);
        assertThat(waiting.position()).isEqualTo(3);

        KioskWorld.leave(event, crowd.subList(1, 3));
        await("pushed: the place moves without a touch").atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#place").equals("1"));
        assertThat(fx(() -> robot.lookup("#nextUp").queryAs(Label.class).isVisible())).isTrue();

        KioskWorld.leave(event, crowd.subList(0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.TURN || step() == Step.PURCHASE);
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.PURCHASE
                && fx(() -> robot.lookup("#purchase").tryQuery().map(Node::isVisible).orElse(false)));
        await("held with the admission the kiosk handed on").atMost(Duration.ofSeconds(30))
                .until(() -> KioskWorld.HoldingPurchase.LAST.get().held.get() != null);
        assertThat(new Sales(TestServer.api()).statuses(event).values().stream().filter(s -> s == SeatStatus.HELD)).hasSize(1);
        assertThat(KioskWorld.status(event, TERMINAL).state()).isEqualTo(QueueState.ADMITTED);
    }

    /**
     * The whole visit with the real purchase screens, by touch alone: the line, the turn, best available,
     * the card, tickets on screen and saved, done, and back to the start with the turn given back.
     */
    @Test
    void aCustomerGoesFromTheStartThroughTheLineToTicketsByTouchAlone(FxRobot robot) {
        KioskWorld.oneAtATime(event, admin);
        List<String> crowd = KioskWorld.crowd(event, 1);
        open(robot, KioskOptions.of(settings).still().withPurchases(KioskOptions.purchasesSavingTo(prints))
                .withTiming(KioskWorld.timing(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(1))));
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.WAITING);
        KioskWorld.leave(event, crowd);
        await("admitted, and taken to the seats by itself").atMost(Duration.ofSeconds(10)).until(() -> step() == Step.PURCHASE
                && fx(() -> robot.lookup("#bestButton").tryQuery().map(Node::isVisible).orElse(false)));

        touchShown(robot, "#bestButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#cardStep").tryQuery().map(Node::isVisible).orElse(false)));
        touchShown(robot, "#tapButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> robot.lookup("#ticketsStep").tryQuery().map(Node::isVisible).orElse(false)));
        Sales sales = new Sales(TestServer.api());
        assertThat(sales.statuses(event).values().stream().filter(s -> s == SeatStatus.SOLD).count())
                .as("the best two seats, bought with the admission").isEqualTo(2);
        assertThat(sales.statuses(event).values().stream().filter(s -> s == SeatStatus.HELD).count()).isZero();
        await("tickets saved where this kiosk keeps them").atMost(Duration.ofSeconds(10)).until(() -> {
            try (var files = java.nio.file.Files.list(prints)) {
                return files.anyMatch(p -> p.toString().endsWith(".pdf"));
            }
        });

        touchShown(robot, "#doneButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.ATTRACT);
        await("the turn is given back on the server").atMost(Duration.ofSeconds(30))
                .until(() -> KioskWorld.status(event, TERMINAL).state() == QueueState.NOT_QUEUED);
    }

    /** Touches the one node with this id that is on screen now (the purchase keeps a layout per orientation). */
    private void touchShown(FxRobot robot, String id) {
        Callable<java.util.Optional<Node>> shown = () -> robot.lookup(id).queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible()).findFirst();
        await(id + " on screen").atMost(Duration.ofSeconds(30)).until(() -> fx(shown).isPresent());
        robot.clickOn(fx(shown).orElseThrow());
    }

    @Test
    void aRestartedKioskGoesBackToItsPlaceInLine(FxRobot robot) {
        KioskWorld.oneAtATime(event, admin);
        KioskWorld.crowd(event, 4);
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.WAITING && text(robot, "#place").equals("4"));
        long sequence = KioskWorld.status(event, TERMINAL).sequence();

        robot.interact(() -> window.close()); // the kiosk's program ends (a restart, a crash): nothing given up
        assertThat(KioskWorld.status(event, TERMINAL).sequence()).isEqualTo(sequence);
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));

        await("straight back to the waiting room, same place").atMost(Duration.ofSeconds(30))
                .until(() -> step() == Step.WAITING && text(robot, "#place").equals("4"));
        QueueStatus after = KioskWorld.status(event, TERMINAL);
        assertThat(after.sequence()).isEqualTo(sequence);
        assertThat(after.position()).isEqualTo(4);
        assertThat(fx(() -> kiosk().flow().line().joinedAtProperty().get())).isEqualTo(4);
    }

    @Test
    void aCustomerWhoWalksAwayLeavesNoHoldAndNoTurnOnTheServer(FxRobot robot) {
        new Queues(TestServer.api()).configure(event, admin, QueueMode.FORCED_ON, 5, 600, 300, 60);
        open(robot, options(Duration.ofSeconds(3), Duration.ofSeconds(3)));
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(6)).until(() -> step() == Step.PURCHASE
                && KioskWorld.HoldingPurchase.LAST.get().held.get() != null);
        Sales sales = new Sales(TestServer.api());
        assertThat(sales.statuses(event).values().stream().filter(s -> s == SeatStatus.HELD)).hasSize(1);
        assertThat(KioskWorld.status(event, TERMINAL).state()).isEqualTo(QueueState.ADMITTED);
        robot.clickOn("#purchase"); // the last touch: from here on nobody is there

        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#stillThere").queryAs(Node.class).isVisible()));
        await("the kiosk starts over").atMost(Duration.ofSeconds(6)).until(() -> step() == Step.ATTRACT);

        await("the seat is free again").atMost(Duration.ofSeconds(30))
                .until(() -> sales.statuses(event).values().stream().noneMatch(s -> s == SeatStatus.HELD));
        await("the turn is given back").atMost(Duration.ofSeconds(30))
                .until(() -> KioskWorld.status(event, TERMINAL).state() == QueueState.NOT_QUEUED);
        assertThat(KioskWorld.line(event).summary().admitted()).isZero();
    }

    @Test
    void aLapsedTurnIsSaidKindlyAndTheLineOfferedAgain(FxRobot robot) {
        new Queues(TestServer.api()).configure(event, admin, QueueMode.FORCED_ON, 5, 600, 300, 60);
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(6)).until(() -> step() == Step.PURCHASE);

        Api api = TestServer.api();
        assertThat(api.post("/api/queue/admin/clear/" + event, null, admin).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.LAPSED);
        await("its seat given back").atMost(Duration.ofSeconds(30))
                .until(() -> new Sales(api).statuses(event).values().stream().noneMatch(s -> s == SeatStatus.HELD));
        robot.clickOn("#again");
        await("in line again, and in").atMost(Duration.ofSeconds(6)).until(() -> step() == Step.PURCHASE);
        assertThat(KioskWorld.status(event, TERMINAL).state()).isEqualTo(QueueState.ADMITTED);
    }

    @Test
    void aCustomersLanguageAndLargeTextLastTheirVisit(FxRobot robot) {
        KioskWorld.oneAtATime(event, admin);
        KioskWorld.crowd(event, 2);
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        assertThat(fx(() -> robot.lookup("#attractTitle").queryAs(Label.class).getText())).isEqualTo("Buy tickets here");

        robot.clickOn("#languageKo");
        robot.clickOn("#largeText");

        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#attractTitle").queryAs(Label.class).getText())
                .equals("여기서 티켓을 구매하세요"));
        assertThat(fx(() -> robot.lookup("#kioskScreens").queryAs(Node.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("large-text")))).isTrue();
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.WAITING);
        assertThat(text(robot, "#eta")).startsWith("예상 대기 시간");
        assertThat(fx(() -> robot.lookup("#leaveLine").queryAs(javafx.scene.control.Button.class).getText())).isEqualTo("대기열 나가기");

        robot.clickOn("#leaveLine");

        await("the next customer finds the kiosk's own language").atMost(Duration.ofSeconds(3))
                .until(() -> fx(() -> robot.lookup("#attractTitle").queryAs(Label.class).getText()).equals("Buy tickets here"));
        assertThat(fx(() -> kiosk().flow().largeTextProperty().get())).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> KioskWorld.status(event, TERMINAL).state() == QueueState.NOT_QUEUED);
    }

    @Test
    void onlyTheKioskAccountsPasswordLeavesKioskMode(FxRobot robot) {
        KioskWorld.oneAtATime(event, admin);
        KioskWorld.crowd(event, 2);
        open(robot, options(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        touchTheEvent(robot);
        await().atMost(Duration.ofSeconds(30)).until(() -> step() == Step.WAITING);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fx(() -> window.shell() != null)).as("the staff's sign-out key does nothing here").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#kioskExit").queryAs(Node.class).isVisible()
                && robot.lookup("#kioskExitPassword").queryAs(Node.class).isFocused()));
        robot.write("not-the-password").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#kioskExitProblem").equals("Wrong password."));
        assertThat(fx(() -> window.shell() != null)).isTrue();

        robot.clickOn("#kioskExitPassword").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> window.shell() == null
                && robot.lookup("#username").tryQuery().isPresent()));
        assertThat(fx(stage::isFullScreen)).isFalse();
        await("the place in line is given up as the kiosk leaves service").atMost(Duration.ofSeconds(30))
                .until(() -> KioskWorld.status(event, TERMINAL).state() == QueueState.NOT_QUEUED);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
