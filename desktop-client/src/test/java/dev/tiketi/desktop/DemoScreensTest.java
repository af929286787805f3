package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.server.demo.DemoHall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The counter as `./tiketi demo` shows it: the demo clerk signed in on the demo catalogue (the Grand Hall's New
 * Year Gala, two VIP seats held) at the two window sizes a box office has, in English and Korean: the pictures
 * `./tiketi screenshots` puts in docs/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class DemoScreensTest {
    private Stage stage;
    private TerminalWindow window;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void demo() {
        TestServer.reset();
        DemoHall.seed(TestServer.get().context());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    @ParameterizedTest
    @CsvSource({"en,1280,800", "en,1600,1000", "ko,1280,800", "ko,1600,1000"})
    void theDemoCounterAtBoxOfficeSizes(String language, int width, int height, FxRobot robot) {
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-demo-" + language);
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "counter-1");
        prefs.put("language", language);
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window = new TerminalWindow(stage, new TerminalSettings(prefs), prints,
                    s -> new CounterViewModel(s, Clock.systemUTC(), Duration.ofSeconds(5)));
            window.showSignIn(null);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write(DemoHall.password(TestServer.get().context())).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> window.shell() != null));
        // the status bar names the demo's clerk, not a test account
        String clerk = language.equals("ko") ? "Demo Clerk (매표원)" : "Demo Clerk (clerk)";
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup(".status-bar .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().anyMatch(l -> l.getText().equals(clerk))));
        @SuppressWarnings("unchecked")
        ListView<EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> list.getItems().size() >= 4));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.name().equals("Seoul Philharmonic: New Year Gala")).findFirst().orElseThrow()));
        SeatMap map = robot.lookup("#seatMap").queryAs(SeatMap.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> map.getStates().size() > 1000));
        robot.type(KeyCode.F4).type(KeyCode.F4); // best available: two seats of the first tier, together
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> map.getMine().size() == 2));
        assertThat(fx(() -> map.getLayout().name())).isEqualTo("Grand Hall");
        Screenshots.save(stage.getScene().getRoot(), "demo-" + language + "-" + width + "x" + height + ".png");
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
