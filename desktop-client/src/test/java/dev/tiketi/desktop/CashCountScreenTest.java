package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the drawer counted note by note and coin by coin, through the keyboard, against the real server. */
@ExtendWith(ApplicationExtension.class)
class CashCountScreenTest {
    private Stage stage;
    private TerminalWindow window;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    @Test
    void aDrawerCountedByNoteAndCoinClosesWithTheCountsTotalToTheWon(FxRobot robot) {
        TestServer.reset();
        Api api = TestServer.api();
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        long session = new Sales(api).openCashSession(clerk, 100_000, "counter-9");
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-cash-count-test");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "counter-9");
        prefs.put("language", "en");
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window = new TerminalWindow(stage, new TerminalSettings(prefs), prints,
                    s -> new CounterViewModel(s, Clock.systemUTC(), Duration.ofSeconds(5)));
            window.showSignIn(null);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> window.shell() != null));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        TextField counted = robot.lookup("#counted").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> counted.isFocused()
                && robot.lookup("#report").queryAs(TextArea.class).getText().contains("Expected cash")));

        robot.clickOn("#byPieces");
        TextField fifties = robot.lookup("#count-50000").queryAs(TextField.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(fifties::isFocused));
        // 1 × 50,000, 4 × 10,000, no 5,000, 9 × 1,000, 1 × 500, 4 × 100, 1 × 50, 4 × 10: Enter goes to the next
        robot.write("1").type(KeyCode.ENTER).write("4").type(KeyCode.ENTER).type(KeyCode.ENTER).write("9").type(KeyCode.ENTER)
                .write("1").type(KeyCode.ENTER).write("4").type(KeyCode.ENTER).write("1").type(KeyCode.ENTER).write("4");
        assertThat(fx(() -> counted.getText())).isEqualTo("₩99,990");
        assertThat(fx(() -> counted.isEditable())).as("the count's total, not typed").isFalse();
        // a letter or a minus is not a count: the field does not take it
        robot.write("-x");
        assertThat(fx(() -> robot.lookup("#count-10").queryAs(TextField.class).getText())).isEqualTo("4");
        Screenshots.save(stage.getScene().getRoot(), "cashup-count.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup("#varianceConfirmation").tryQuery().isPresent()));
        DialogPane ask = robot.lookup("#varianceConfirmation").queryAs(DialogPane.class);
        assertThat(fx(ask::getContentText)).startsWith("The count does not match: ₩10 short.");
        robot.interact(() -> ((javafx.scene.control.Button) ask.lookupButton(ButtonType.OK)).fire());
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#cashupMessage").queryAs(Label.class).getText()
                .equals("Drawer closed. Difference: -₩10.")));

        CashReport recorded = api.get("/api/cash-sessions/" + session + "/report", clerk).as(CashReport.class);
        assertThat(recorded.closedAt()).isNotNull();
        assertThat(recorded.countedCash()).isEqualTo(99_990L);
        assertThat(recorded.variance()).isEqualTo(-10L);
        assertThat(fx(() -> robot.lookup("#report").queryAs(TextArea.class).getText())).contains("Counted cash           ₩99,990")
                .contains("Difference             -₩10");
        assertThat(fx(() -> fifties.getText())).as("a closed drawer's count starts again from nothing").isEmpty();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
