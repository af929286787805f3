package dev.tiketi.desktop.admin.dashboard;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.admin.AdminWorld;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dashboard against the real server: opened in the middle of an on-sale it draws the sales since the first one,
 * then sales made through the API move its counts and charts with no click,
 * and a hold forced free with a reason leaves the table and the audit log keeps the reason.
 */
@ExtendWith(ApplicationExtension.class)
class AdminDashboardScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private AdminWorld world;
    private String kiosk;
    private String customer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data() {
        world = new AdminWorld("신년 음악회 2027");
        kiosk = world.api.login("kiosk", IntegrationTest.PASSWORD);
        customer = world.api.login("customer", IntegrationTest.PASSWORD);
        // A morning of sales on every channel before the admin looks: the server's clock (which stamps the tickets) is
        // moved back four hours and forward between sales, ending at the real time, so the holds taken later count
        // down as usual while the history has sales at known moments.
        try {
            TestClock.CLOCK.advance(Duration.ofMinutes(-240));
            world.sell(world.clerk, "counter-1", world.seats.get(0), world.seats.get(1));
            at(-215);
            world.sell(customer, null, world.seats.get(30), world.seats.get(31));
            at(-190);
            world.sell(kiosk, "kiosk-1", world.seats.get(20));
            at(-150);
            world.sell(world.clerk, "counter-1", world.seats.get(4), world.seats.get(5), world.seats.get(6));
            world.sell(customer, null, world.seats.get(32));
            at(-105);
            world.sell(kiosk, "kiosk-1", world.seats.get(55), world.seats.get(56));
            at(-60);
            world.sell(world.clerk, "counter-1", world.seats.get(60));
            at(-30);
            world.sell(kiosk, "kiosk-1", world.seats.get(22), world.seats.get(23));
        } finally {
            TestClock.CLOCK.reset();
        }
    }

    /** Moves the server's clock to {@code minutes} from the real now (the test started at -240). */
    private int shifted = -240;

    private void at(int minutes) {
        TestClock.CLOCK.advance(Duration.ofMinutes(minutes - shifted));
        shifted = minutes;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(world::close);
    }

    private void openDashboard(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            world.show(stage, locale);
            world.panel.open("dashboard");
        });
        @SuppressWarnings("unchecked")
        ComboBox<EventSummary> events = robot.lookup("#dashboardEvent").queryAs(ComboBox.class);
        await().atMost(WAIT).until(() -> fx(() -> !events.getItems().isEmpty()));
        robot.interact(() -> events.getSelectionModel().select(events.getItems().stream().filter(e -> e.id() == world.event)
                .findFirst().orElseThrow()));
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private int points(FxRobot robot, String chart) {
        return fx(() -> robot.lookup(chart).queryAs(LineChart.class).getData().stream()
                .mapToInt(s -> ((XYChart.Series<Number, Number>) s).getData().size()).max().orElse(0));
    }

    /** The values one line of the tickets chart goes through, each once, in order (0: counter, 1: kiosk, 2: online). */
    @SuppressWarnings("unchecked")
    private List<Integer> steps(FxRobot robot, int line) {
        return fx(() -> ((XYChart.Series<Number, Number>) robot.lookup("#salesTicketsChart").queryAs(LineChart.class).getData().get(line))
                .getData().stream().map(d -> d.getYValue().intValue()).distinct().toList());
    }

    private int last(FxRobot robot, int line) {
        List<Integer> steps = steps(robot, line);
        return steps.get(steps.size() - 1);
    }

    @Test
    void aSaleMadeElsewhereMovesTheCountsAndTheChartsWithoutAClick(FxRobot robot) {
        String open = world.hold(world.clerk, "counter-2", world.seats.get(40), world.seats.get(41));
        openDashboard(robot, Locale.ENGLISH);
        await().atMost(WAIT).until(() -> text(robot, "#dashboardSold").equals("Sold: 14 tickets"));
        TableView<?> holds = robot.lookup("#dashboardHolds").queryAs(TableView.class);
        await().atMost(WAIT).until(() -> fx(() -> holds.getItems().size()) == 1);
        assertThat(text(robot, "#dashboardHeld")).isEqualTo("Held: 2 seats in 1 hold");
        await().atMost(WAIT).until(() -> text(robot, "#dashboardPresence").startsWith("Watching: 1 terminal"));
        int before = points(robot, "#salesTicketsChart");
        // the history since the first sale four hours ago, one point per 5 minutes from zero: curves, not dots
        assertThat(before).isBetween(49, 51);
        assertThat(steps(robot, 0)).as("counter").containsExactly(0, 2, 5, 6);
        assertThat(steps(robot, 1)).as("kiosk").containsExactly(0, 1, 3, 5);
        assertThat(steps(robot, 2)).as("online").containsExactly(0, 2, 3);

        world.sell(world.clerk, "counter-1", world.seats.get(2), world.seats.get(3));
        world.sell(kiosk, "kiosk-1", world.seats.get(21));

        await().atMost(WAIT).until(() -> text(robot, "#dashboardSold").equals("Sold: 17 tickets"));
        // the pushes move the end of the lines (within the current 5 minutes the latest point replaces the one before)
        await().atMost(WAIT).until(() -> last(robot, 0) == 8 && last(robot, 1) == 6);
        assertThat(points(robot, "#salesTicketsChart")).isBetween(before, before + 1);
        assertThat(text(robot, "#dashboardRevenue")).startsWith("Revenue: ₩");
        assertThat(world.api.get("/api/admin/events/" + world.event + "/sales", world.admin).body().get("sold").asInt()).isEqualTo(17);
        assertThat(open).isNotBlank();
        Screenshots.save(stage.getScene().getRoot(), "admin-dashboard.png");

        robot.clickOn("#byTier");
        await().atMost(WAIT).until(() -> fx(() -> robot.lookup("#salesTicketsChart").queryAs(LineChart.class).getData().size()) >= 2);
        Screenshots.save(stage.getScene().getRoot(), "admin-dashboard-by-tier.png");
    }

    @Test
    void aHoldForcedFreeWithAReasonLeavesTheTableAndTheAuditKeepsTheReason(FxRobot robot) {
        String abandoned = world.hold(world.clerk, "counter-9", world.seats.get(44));
        openDashboard(robot, Locale.KOREAN);
        await().atMost(WAIT).until(() -> robot.lookup("#release-" + abandoned).tryQuery().isPresent());
        // the stock arrives on its own feed: the picture waits for it and for the history
        await().atMost(WAIT).until(() -> !text(robot, "#dashboardAvailable").equals("잔여: 0석") && points(robot, "#salesTicketsChart") > 40);
        Screenshots.save(stage.getScene().getRoot(), "admin-dashboard-ko.png");

        // the table's measuring cell carries a copy of the button for a moment: click the one on screen
        javafx.scene.Node release = fx(() -> robot.lookup("#release-" + abandoned).queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow());
        robot.clickOn(release);
        await().atMost(WAIT).until(() -> robot.lookup("#forceReleaseDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#forceReleaseDialog").queryAs(DialogPane.class);
        javafx.scene.control.Button confirm = fx(() -> (javafx.scene.control.Button) dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).map(dialog::lookupButton)
                .findFirst().orElseThrow());
        assertThat(fx(confirm::isDisabled)).as("no reason yet").isTrue();
        robot.clickOn("#releaseReason").write("자리를 비운 매표소 9번");
        assertThat(fx(confirm::isDisabled)).isFalse();
        Screenshots.save(dialog, "admin-force-release.png");
        robot.interact(confirm::fire);

        TableView<?> holds = robot.lookup("#dashboardHolds").queryAs(TableView.class);
        await().atMost(WAIT).until(() -> fx(() -> holds.getItems().isEmpty()));
        assertThat(world.sales.statuses(world.event).get(world.seats.get(44))).isEqualTo(SeatStatus.AVAILABLE);
        Api.Res audit = world.api.get("/api/admin/audit?action=HOLD_FORCE_RELEASED", world.admin);
        assertThat(audit.body().get("items").get(0).get("details").get("reason").asString()).isEqualTo("자리를 비운 매표소 9번");
        assertThat(audit.body().get("items").get(0).get("terminal").asString()).isEqualTo("admin-desk");
    }
}
