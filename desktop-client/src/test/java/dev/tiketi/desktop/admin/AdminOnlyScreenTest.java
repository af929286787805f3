package dev.tiketi.desktop.admin;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.TerminalWindow;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.dashboard.DashboardApi;
import dev.tiketi.desktop.admin.queue.QueueAdminApi;
import dev.tiketi.desktop.admin.system.SystemApi;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.shell.CounterMode;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.support.IntegrationTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.prefs.Preferences;
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
 * A clerk signed in at a terminal has no admin tab, and the server refuses the dashboard's, queue control's and the
 * system panel's calls made with a clerk's token (hiding the tab is a courtesy; the server is the guard).
 */
@ExtendWith(ApplicationExtension.class)
class AdminOnlyScreenTest {
    private Stage stage;
    private TerminalWindow window;
    private AdminWorld world;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data(FxRobot robot) {
        world = new AdminWorld("겨울 음악회 2027");
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-admin-only-test");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "counter-3");
        prefs.put("language", "ko");
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

    @Test
    void aClerkHasNoAdminTabAndTheServerRefusesTheAdminCalls(FxRobot robot) {
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> window.shell() != null));
        List<String> tabs = fx(() -> ((CounterMode) window.shell().mode()).tabs().stream().map(Tab::getId).toList());
        assertThat(tabs).doesNotContain("adminTab").hasSize(3);
        assertThat(fx(() -> ((CounterMode) window.shell().mode()).adminPanel())).isNull();

        ApiClient clerk = new ApiClient(URI.create(TestServer.base()), "counter-3");
        clerk.login("clerk", IntegrationTest.PASSWORD);
        String hold = world.hold(world.clerk, "counter-3", world.seats.get(5));
        List<Runnable> calls = List.of(
                () -> DashboardApi.of(clerk).sales(world.event),
                () -> DashboardApi.of(clerk).forceRelease(hold, "not mine to free"),
                () -> QueueAdminApi.of(clerk).view(world.event),
                () -> QueueAdminApi.of(clerk).whatIf(world.event, 10, 60),
                () -> QueueAdminApi.of(clerk).clear(world.event),
                () -> SystemApi.of(clerk).figures());
        for (Runnable call : calls) {
            Throwable refused = catchThrowable(call::run);
            assertThat(refused).isInstanceOf(ApiException.class);
            assertThat(((ApiException) refused).is(ErrorCode.FORBIDDEN)).as(((ApiException) refused).code()).isTrue();
        }
        assertThat(world.sales.statuses(world.event).get(world.seats.get(5))).as("the hold is still the clerk's")
                .isEqualTo(dev.tiketi.model.sales.SeatStatus.HELD);
    }
}
