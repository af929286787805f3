package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.shell.CounterMode;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
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

/**
 * The shell against the real server: the role picks the mode, sign-out gives the holds back and returns to
 * the sign-in form without restarting, every screen fits the smallest window, and --help needs no display.
 */
@ExtendWith(ApplicationExtension.class)
class ShellScreenTest {
    private Stage stage;
    private TerminalWindow window;
    private long event;
    private List<Long> seats;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data(FxRobot robot) {
        TestServer.reset();
        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("세종문화회관"));
        event = fixtures.publishedEvent(Fixtures.onSale("신년 음악회 2027", venue));
        seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-shell-test");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "counter-7");
        prefs.put("language", "en");
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window = new TerminalWindow(stage, new TerminalSettings(prefs), prints,
                    s -> new CounterViewModel(s, Clock.systemUTC(), Duration.ofSeconds(5)));
            window.showSignIn(null);
            stage.setMinWidth(TiketiApp.MIN_WIDTH);
            stage.setMinHeight(TiketiApp.MIN_HEIGHT);
            stage.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    private void signIn(FxRobot robot, String user) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> window.shell() != null));
    }

    @Test
    void signingOutGivesTheHoldsBackAndTheNextClerkSignsInWithoutARestart(FxRobot robot) {
        signIn(robot, "clerk");
        @SuppressWarnings("unchecked")
        ListView<dev.tiketi.model.catalog.EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> !list.getItems().isEmpty()));
        // F2, type, Enter: the first match opens, through the keyboard alone
        robot.type(KeyCode.F2).write("신년").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> robot.lookup("#eventTitle").queryAs(Label.class).getText()
                .equals("신년 음악회 2027")));
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> robot.lookup("#seatMap").queryAs(dev.tiketi.desktop.seatmap.SeatMap.class)
                .getStates().size() > 50));
        robot.type(KeyCode.F3).type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.SPACE).type(KeyCode.F5);
        Sales sales = new Sales(TestServer.api());
        await().atMost(Duration.ofSeconds(5)).until(() -> sales.statuses(event).values().stream().filter(s -> s == SeatStatus.HELD).count() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> window.shell() == null
                && robot.lookup("#loginNotice").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#loginNotice").queryAs(Label.class).getText()))
                .isEqualTo("Signed out. The drawer stays open at this terminal.");
        await("the seat is free for everyone again").atMost(Duration.ofSeconds(5))
                .until(() -> sales.statuses(event).values().stream().noneMatch(s -> s == SeatStatus.HELD));
        assertThat(fx(() -> robot.lookup("#terminal").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("counter-7");
        Screenshots.save(stage.getScene().getRoot(), "signed-out.png");

        signIn(robot, "admin");
        List<String> tabs = fx(() -> ((CounterMode) window.shell().mode()).tabs().stream().map(Tab::getId).toList());
        assertThat(tabs).as("an admin sells too, and has the admin tab").contains("adminTab").hasSize(4);
    }

    @Test
    void aKioskAccountGetsTheFullScreenKioskWithoutTheStaffsWayOut(FxRobot robot) {
        signIn(robot, "kiosk");
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#kiosk").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#signOut").tryQuery().isPresent())).isFalse();
        assertThat(fx(stage::isFullScreen)).isTrue();
        robot.interact(() -> window.signOut());
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> window.shell() == null));
        assertThat(fx(stage::isFullScreen)).isFalse();
    }

    @Test
    void everyTabFitsTheSmallestWindow(FxRobot robot) {
        signIn(robot, "clerk");
        robot.interact(() -> {
            stage.setWidth(TiketiApp.MIN_WIDTH);
            stage.setHeight(768);
        });
        for (Map.Entry<KeyCode, String> tab : Map.of(KeyCode.DIGIT1, "counter-1024.png", KeyCode.DIGIT2, "orders-1024.png",
                KeyCode.DIGIT3, "cashup-1024.png").entrySet()) {
            robot.press(KeyCode.CONTROL).type(tab.getKey()).release(KeyCode.CONTROL);
            robot.interact(() -> stage.getScene().getRoot().layout());
            // nothing of the mode's screen reaches past the window: no clipped buttons on the right or bottom
            double right = fx(() -> robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> b.isVisible() && b.getScene() == stage.getScene())
                    .mapToDouble(b -> b.localToScene(b.getBoundsInLocal()).getMaxX()).max().orElse(0));
            assertThat(right).as(tab.getValue()).isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
            Screenshots.save(stage.getScene().getRoot(), tab.getValue());
        }
    }

    @Test
    void closingADrawerThatDoesNotBalanceAsksFirst(FxRobot robot) {
        Api api = TestServer.api();
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        new Sales(api).openCashSession(clerk, 100_000, "counter-7");
        signIn(robot, "clerk");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#counted").queryAs(javafx.scene.control.TextField.class).isFocused()
                && robot.lookup("#report").queryAs(javafx.scene.control.TextArea.class).getText().contains("Expected cash")));
        robot.write("90000");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup("#varianceConfirmation").tryQuery().isPresent()));
        javafx.scene.control.DialogPane ask = robot.lookup("#varianceConfirmation").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(fx(ask::getContentText)).isEqualTo("The count does not match: ₩10,000 short. Close the drawer anyway? "
                + "The difference is kept in the report.");
        Screenshots.save(ask, "cashup-variance.png");
        robot.interact(() -> ((javafx.scene.control.Button) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        assertThat(api.send("GET", "/api/cash-sessions/current", null, null, clerk, Map.of("X-Tiketi-Terminal", "counter-7")).status())
                .as("cancelled: the drawer is still open").isEqualTo(200);

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup("#varianceConfirmation").tryQuery().isPresent()));
        javafx.scene.control.DialogPane again = robot.lookup("#varianceConfirmation").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) again.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        await().atMost(Duration.ofSeconds(3)).until(() -> api.send("GET", "/api/cash-sessions/current", null, null, clerk,
                Map.of("X-Tiketi-Terminal", "counter-7")).status() == 404);
    }

    @Test
    void helpNeedsNoDisplay() {
        PrintStream was = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Launcher.main(new String[] {"--help"});
        } finally {
            System.setOut(was);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Tiketi desktop terminal").contains("--server=URL")
                .contains("--terminal=NAME").contains("-h, --help");
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
