package dev.tiketi.desktop.admin.queue;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.admin.AdminWorld;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Queue control against the real server: the line fills, the what-if of new settings is shown before they are
 * applied, applying changes the server's settings, and clearing asks first and empties the line.
 */
@ExtendWith(ApplicationExtension.class)
class AdminQueueScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private AdminWorld world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data() {
        world = new AdminWorld("봄 콘서트 2027");
        // everyone queues, one at a time: six kiosks check in and five of them wait
        Api.Res set = world.api.put("/api/queue/admin/" + world.event, new QueueSettings(QueueMode.FORCED_ON, 1, 2, 300, 60), world.admin);
        assertThat(set.status()).isEqualTo(200);
        String kiosk = world.api.login("kiosk", IntegrationTest.PASSWORD);
        for (int i = 1; i <= 6; i++) {
            world.api.send("POST", "/api/queue/check/" + world.event, null, null, kiosk, Map.of("X-Tiketi-Terminal", "kiosk-" + i));
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(world::close);
    }

    private QueueAdminView server() {
        return world.api.get("/api/queue/admin/" + world.event, world.admin).as(QueueAdminView.class);
    }

    @Test
    void theWhatIfIsShownBeforeApplyingAndApplyingChangesTheServersSettings(FxRobot robot) {
        assertThat(server().summary().waiting()).as("the line the admin looks at").isGreaterThanOrEqualTo(4);
        robot.interact(() -> {
            world.show(stage, Locale.KOREAN);
            world.panel.open("queue");
        });
        @SuppressWarnings("unchecked")
        ComboBox<EventSummary> events = robot.lookup("#queueEvent").queryAs(ComboBox.class);
        await().atMost(WAIT).until(() -> fx(() -> !events.getItems().isEmpty()));
        robot.interact(() -> events.getSelectionModel().select(events.getItems().stream().filter(e -> e.id() == world.event)
                .findFirst().orElseThrow()));
        TextField threshold = robot.lookup("#queueThreshold").queryAs(TextField.class);
        await().atMost(WAIT).until(() -> fx(threshold::getText).equals("1"));
        // the admitter lets one in now and then: the monitor shows the server's line as it is at each read
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#queueWaiting").queryAs(Label.class).getText())
                .equals("대기: " + server().summary().waiting() + "명"));
        Button apply = robot.lookup("#queueApply").queryAs(Button.class);
        assertThat(fx(apply::isDisabled)).as("nothing projected yet").isTrue();

        robot.interact(() -> threshold.setText("50"));
        robot.interact(() -> robot.lookup("#queueRate").queryAs(TextField.class).setText("120"));
        robot.clickOn("#queuePreview");
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#queueWhatIf").queryAs(javafx.scene.Node.class).isVisible()));
        assertThat(fx(() -> robot.lookup("#queueWhatIfText").queryAs(Label.class).getText()))
                .matches("(?s)동시 50명, 분당 최대 120명 입장 시: 지금 대기 중인 [0-9]+명 중 마지막 사람은 약 [0-9:]+ 후 입장합니다\\..*");
        assertThat(fx(apply::isDisabled)).isFalse();
        // the monitor has drawn a few reads of the line
        await().atMost(WAIT).until(() -> fx(() -> ((LineChart<?, ?>) robot.lookup("#queueChart").queryAs(LineChart.class)).getData()
                .get(0).getData().size()) >= 3);
        Screenshots.save(stage.getScene().getRoot(), "admin-queue.png");

        robot.clickOn("#queueApply");
        await().atMost(WAIT).until(() -> server().settings().threshold() == 50);
        assertThat(server().settings()).isEqualTo(new QueueSettings(QueueMode.FORCED_ON, 50, 120, 300, 60));
        await().atMost(WAIT).until(() -> fx(() -> !robot.lookup("#queueWhatIf").queryAs(javafx.scene.Node.class).isVisible()));
    }

    @Test
    void aWrongNumberIsMarkedAndNothingCanBeSent(FxRobot robot) {
        robot.interact(() -> {
            world.show(stage, Locale.ENGLISH);
            world.panel.open("queue");
        });
        @SuppressWarnings("unchecked")
        ComboBox<EventSummary> events = robot.lookup("#queueEvent").queryAs(ComboBox.class);
        await().atMost(WAIT).until(() -> fx(() -> !events.getItems().isEmpty()));
        robot.interact(() -> events.getSelectionModel().select(0));
        TextField idle = robot.lookup("#queueIdle").queryAs(TextField.class);
        await().atMost(WAIT).until(() -> fx(idle::getText).equals("300"));
        robot.interact(() -> idle.setText("10"));
        await().atMost(WAIT).until(() -> fx(() -> idle.getStyleClass().contains("error")));
        assertThat(fx(() -> robot.lookup("#queueFormProblem").queryAs(Label.class).getText())).isEqualTo("Idle timeout: from 30 to 86,400");
        assertThat(fx(() -> robot.lookup("#queuePreview").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#queueApply").queryAs(Button.class).isDisabled())).isTrue();
        Screenshots.save(stage.getScene().getRoot(), "admin-queue-invalid.png");
    }

    @Test
    void clearingTheLineAsksFirstAndEmptiesIt(FxRobot robot) {
        robot.interact(() -> {
            world.show(stage, Locale.ENGLISH);
            world.panel.open("queue");
        });
        @SuppressWarnings("unchecked")
        ComboBox<EventSummary> events = robot.lookup("#queueEvent").queryAs(ComboBox.class);
        await().atMost(WAIT).until(() -> fx(() -> !events.getItems().isEmpty()));
        robot.interact(() -> events.getSelectionModel().select(0));
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#queueWaiting").queryAs(Label.class).getText()).startsWith("Waiting: "));

        robot.clickOn("#queueClear");
        await().atMost(WAIT).until(() -> robot.lookup("#clearConfirmation").tryQuery().isPresent());
        DialogPane ask = robot.lookup("#clearConfirmation").queryAs(DialogPane.class);
        Screenshots.save(ask, "admin-queue-clear.png");
        robot.interact(() -> ((Button) ask.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(server().summary().waiting()).as("cancelled: the line is as it was").isGreaterThanOrEqualTo(3);

        robot.clickOn("#queueClear");
        await().atMost(WAIT).until(() -> robot.lookup("#clearConfirmation").tryQuery().isPresent());
        DialogPane again = robot.lookup("#clearConfirmation").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) again.lookupButton(ButtonType.OK)).fire());
        await().atMost(WAIT).until(() -> server().summary().waiting() == 0);
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#queueWaiting").queryAs(Label.class).getText()).equals("Waiting: 0"));
    }
}
