package dev.tiketi.desktop.admin.venues;

import static dev.tiketi.desktop.admin.AdminScreens.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.admin.AdminScreens;
import dev.tiketi.desktop.seatmap.EditBehavior;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The venues section against the real server: generate a venue with Korean names, block seats on the preview, save. */
@ExtendWith(ApplicationExtension.class)
class VenuesScreenTest {
    private Stage stage;
    private Session session;
    private VenuesSection section;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) {
        TestServer.reset();
        session = AdminScreens.admin("admin-desk");
        section = new VenuesSection(VenueAdminApi.over(session.api()), session.messages(), Threads.terminal(), new Notifier());
        AdminScreens.show(robot, stage, List.of(section));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> session.close());
    }

    @Test
    void aVenueIsGeneratedPreviewedMarkedAndSavedInKorean(FxRobot robot) {
        VenueEditor vm = section.model();
        robot.interact(() -> {
            vm.nameProperty().set("예술의전당 콘서트홀");
            vm.addressProperty().set("서울 서초구 남부순환로 2406");
        });
        // the first section through the keyboard: code, rows, seats, a VIP front row
        robot.doubleClickOn("#sectionCode").write("FLR");
        robot.interact(() -> robot.lookup("#sectionName").queryAs(TextField.class).setText("1층 플로어"));
        robot.doubleClickOn("#sectionRows").write("6");
        robot.doubleClickOn("#sectionSeats").write("14");
        robot.clickOn("#sectionRowTiers").write("A=VIP");
        robot.clickOn("#addSection");
        robot.interact(() -> {
            vm.sectionProperty().get().nameProperty().set("2층 발코니");
            vm.sectionProperty().get().tierProperty().set("BAL");
            vm.sectionProperty().get().curvedProperty().set(true);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> vm.previewProperty().get().seatCount() == 6 * 14 + 8 * 12));

        // drag over the left part of the plan, then block what it chose
        SeatMap map = robot.lookup("#venuePreview").queryAs(SeatMap.class);
        Bounds b = fx(() -> map.localToScreen(map.getBoundsInLocal()));
        robot.drag(b.getMinX() + 4, b.getMinY() + b.getHeight() * 0.35, MouseButton.PRIMARY)
                .dropTo(b.getMinX() + b.getWidth() * 0.18, b.getMaxY() - 4);
        EditBehavior edit = (EditBehavior) fx(map::getBehavior);
        int chosen = fx(() -> edit.selection().size());
        assertThat(chosen).as("the drag chose seats").isPositive();
        robot.clickOn("#toggleBlocked");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#venueSummary").queryAs(Label.class).getText()
                .contains("막힘 " + chosen)));
        AdminScreens.shot(robot, stage, "admin-venues-ko.png");

        robot.clickOn("#saveVenue");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> vm.editingProperty().get() != null));
        assertThat(fx(() -> robot.lookup("#venuesMessage").queryAs(Label.class).getText()))
                .isEqualTo("예술의전당 콘서트홀 공연장을 180석으로 만들었습니다.");

        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        long id = fx(() -> vm.editingProperty().get().id());
        VenueRequest stored = api.get("/api/admin/venues/" + id, admin).as(VenueRequest.class);
        assertThat(stored.name()).isEqualTo("예술의전당 콘서트홀");
        assertThat(stored.timeZone()).isEqualTo("Asia/Seoul");
        assertThat(stored.sections()).extracting(SectionSpec::name).containsExactly("1층 플로어", "2층 발코니");
        assertThat(stored.sections().get(0).rowTiers()).containsEntry("A", "VIP");
        assertThat(stored.sections().stream().mapToInt(s -> s.blockedSeats().size()).sum()).isEqualTo(chosen);
        long blockedSeats = api.get("/api/venues/" + id + "/layout", admin).body().get("sections").valueStream()
                .flatMap(s -> s.get("rows").valueStream()).flatMap(r -> r.get("seats").valueStream())
                .filter(s -> s.get("blocked").asBoolean()).count();
        assertThat(blockedSeats).as("the server placed the same seats the preview showed").isEqualTo(chosen);
        AdminScreens.shot(robot, stage, "admin-venues-saved-ko.png");

        // saved again: the same venue, its layout replaced (nothing is sold there yet)
        robot.interact(() -> vm.sections().get(1).rowsProperty().set("6"));
        robot.clickOn("#saveVenue");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> robot.lookup("#venuesMessage").queryAs(Label.class).getText()
                .equals("예술의전당 콘서트홀 공연장을 저장했습니다 (156석).")));
        assertThat(api.get("/api/admin/venues", admin).body().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/venues/" + id + "/layout", admin).body().get("seatCount").asInt()).isEqualTo(156);
    }

    @Test
    void aPlanTheGeneratorRefusesIsNotSentAndSaysWhy(FxRobot robot) {
        VenueEditor vm = section.model();
        robot.interact(() -> {
            vm.nameProperty().set("잠실 실내체육관");
            vm.sections().get(0).rowsProperty().set("100");
            vm.sections().get(0).seatsPerRowProperty().set("200");
            vm.addSection(); // 20,000 + 96 seats: over the limit, which the shared generator knows
        });
        robot.clickOn("#saveVenue");
        assertThat(fx(() -> robot.lookup("#venuesMessage").queryAs(Label.class).getText()))
                .isEqualTo("고칠 항목이 있습니다. 표시된 칸을 확인하세요.");
        assertThat(fx(() -> vm.summaryProperty().get())).isEqualTo("배치할 수 없습니다: 공연장 좌석은 20,000석까지입니다.");
        assertThat(TestServer.api().get("/api/admin/venues", TestServer.api().login("admin", IntegrationTest.PASSWORD))
                .body().get("total").asLong()).isZero();
    }
}
