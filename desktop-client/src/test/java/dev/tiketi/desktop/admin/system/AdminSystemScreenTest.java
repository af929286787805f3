package dev.tiketi.desktop.admin.system;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.admin.AdminWorld;
import dev.tiketi.server.support.IntegrationTest;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The system panel against the real server: it reads the figures by itself while shown. */
@ExtendWith(ApplicationExtension.class)
class AdminSystemScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private AdminWorld world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(world::close);
    }

    @Test
    void theFiguresComeInEveryFewSecondsWhileShown(FxRobot robot) {
        world = new AdminWorld("여름 축제 2027");
        String kiosk = world.api.login("kiosk", IntegrationTest.PASSWORD);
        world.sell(world.clerk, "counter-1", world.seats.get(0), world.seats.get(1), world.seats.get(2));
        world.sell(kiosk, "kiosk-1", world.seats.get(10));
        world.hold(world.clerk, "counter-2", world.seats.get(20));
        // a waiting room with people in it: everyone queues, one admitted at a time, four kiosks check in
        world.api.put("/api/queue/admin/" + world.event, new QueueSettings(QueueMode.FORCED_ON, 1, 2, 300, 60), world.admin);
        for (int i = 1; i <= 4; i++) {
            world.api.send("POST", "/api/queue/check/" + world.event, null, null, kiosk, java.util.Map.of("X-Tiketi-Terminal", "kiosk-" + (i + 1)));
        }
        robot.interact(() -> {
            world.show(stage, Locale.ENGLISH);
            world.panel.open("system");
        });
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#systemOrders").queryAs(Label.class).getText())
                .equals("Orders in the last minute: 2"));
        assertThat(fx(() -> robot.lookup("#systemHolds").queryAs(Label.class).getText())).isEqualTo("Holds in the last minute: 3");
        assertThat(fx(() -> robot.lookup("#systemTickets").queryAs(Label.class).getText())).isEqualTo("Tickets in the last minute: 4");
        assertThat(fx(() -> robot.lookup("#systemRedis").queryAs(Label.class).getText())).startsWith("Redis memory: ");
        // a second read, three seconds on, with no click
        await().atMost(WAIT).until(() -> fx(() -> ((LineChart<?, ?>) robot.lookup("#systemChart").queryAs(LineChart.class)).getData()
                .get(0).getData().size()) >= 2);
        TableView<?> queues = robot.lookup("#systemQueues").queryAs(TableView.class);
        assertThat(fx(() -> ((SystemViewModel.QueueRow) queues.getItems().get(0)).event())).isEqualTo("여름 축제 2027");
        Screenshots.save(stage.getScene().getRoot(), "admin-system.png");
    }
}
