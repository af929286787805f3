package dev.tiketi.desktop.admin.events;

import static dev.tiketi.desktop.admin.AdminScreens.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.admin.AdminScreens;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The events section against the real server: write and publish an event, kill and free seats (one refused because
 * it was sold meanwhile), cancel with the summary first and refund every order.
 */
@ExtendWith(ApplicationExtension.class)
class EventsScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private Session session;
    private EventsSection section;
    private SnapshotFeeds feeds;
    private Api api;
    private String admin;
    private long venue;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static VenueRequest sejong() {
        return new VenueRequest("세종문화회관", "서울 종로구 세종대로 175", List.of(
                new SectionSpec("FLR", "1층", 5, 10, "A", false, "STD", Map.of("A", "VIP", "B", "VIP"),
                        List.of("A-1"), List.of("E"), null, null, null),
                new SectionSpec("BAL", "2층 발코니", 3, 8, "A", true, "BAL", null, null, null, null, null, 20.0)), "Asia/Seoul");
    }

    @BeforeEach
    void open(FxRobot robot) {
        TestServer.reset();
        api = TestServer.api();
        admin = api.login("admin", IntegrationTest.PASSWORD);
        venue = new Fixtures(api, admin).venue(sejong());
        session = AdminScreens.admin("admin-desk");
        feeds = new SnapshotFeeds(session.api());
        section = new EventsSection(EventAdminApi.over(session.api()), session.api(), feeds, session.messages(),
                Threads.terminal(), Clock.systemUTC(), new Notifier());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            section.close();
            session.close();
        });
    }

    private long onSale(String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Fixtures(api, admin).publishedEvent(new EventRequest(name, "신년을 여는 오케스트라", EventKind.RESERVED, venue,
                now.plus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(new TierSpec("VIP", "VIP석", 120_000, null), new TierSpec("STD", "R석", 80_000, null),
                        new TierSpec("BAL", "발코니석", 50_000, null)), null, null, 4, null));
    }

    private void openFirstEvent(FxRobot robot) {
        AdminScreens.show(robot, stage, List.of(section));
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#eventsTable").queryAs(TableView.class);
        await().atMost(WAIT).until(() -> fx(() -> !table.getItems().isEmpty()));
        robot.interact(() -> table.getSelectionModel().select(0));
        await().atMost(WAIT).until(() -> fx(() -> section.model().editingProperty().get() != null));
    }

    private void choose(FxRobot robot, int count) {
        for (int i = 0; i < 8 && fx(() -> section.kills().selection().size()) < count; i++) {
            robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        }
        assertThat(fx(() -> section.kills().selection().size())).isEqualTo(count);
    }

    @Test
    void anEventIsWrittenSavedAndPublishedAndTheServersFieldErrorsShow(FxRobot robot) {
        AdminScreens.show(robot, stage, List.of(section));
        EventsViewModel vm = section.model();
        EventForm form = vm.form();
        await().atMost(WAIT).until(() -> fx(() -> vm.venues().size() == 1));
        robot.clickOn("#newEvent");
        robot.interact(() -> {
            form.nameProperty().set("신년 음악회 2027");
            form.descriptionProperty().set("서울시립교향악단과 함께하는 새해 첫 무대");
            form.venueProperty().set(vm.venues().get(0));
            form.opensDateProperty().set(LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1));
        });
        await("the venue's seat tiers are offered").atMost(WAIT).until(() -> fx(() -> form.tiers().size() == 3));
        robot.interact(() -> {
            form.tiers().get(0).nameProperty().set("VIP석");
            form.tiers().get(1).nameProperty().set("R석");
            form.tiers().get(2).nameProperty().set("발코니석");
        });
        robot.clickOn("#tierPrice0").write("120,000");
        robot.clickOn("#tierPrice1").write("80000");
        robot.clickOn("#tierPrice2").write("50000");
        robot.doubleClickOn("#perCustomerLimit").write("4");
        robot.clickOn("#saveEvent");
        await().atMost(WAIT).until(() -> fx(() -> vm.editingProperty().get() != null));
        assertThat(fx(() -> vm.editingProperty().get().status())).isEqualTo(EventStatus.DRAFT);
        robot.clickOn("#publishEvent");
        await().atMost(WAIT).until(() -> fx(() -> vm.editingProperty().get().status() == EventStatus.ON_SALE));
        assertThat(fx(() -> robot.lookup("#eventsMessage").queryAs(Label.class).getText())).isEqualTo("신년 음악회 2027 공연을 공개했습니다.");
        AdminScreens.shot(robot, stage, "admin-events-ko.png");

        long id = fx(() -> vm.editingProperty().get().id());
        var stored = api.get("/api/events/" + id, admin).body();
        assertThat(stored.get("tiers").valueStream().map(t -> t.get("name").asString() + "=" + t.get("price").asLong()).toList())
                .containsExactly("VIP석=120000", "R석=80000", "발코니석=50000");
        assertThat(stored.get("perCustomerLimit").asInt()).isEqualTo(4);

        // a tier no seat of the venue has: only the server knows; its words land beside the tiers
        robot.clickOn("#addTier");
        robot.clickOn("#tierCode3").write("BOX");
        robot.clickOn("#tierName3").write("Box");
        robot.clickOn("#tierPrice3").write("1");
        robot.clickOn("#saveEvent");
        assertThat(fx(form::valid)).as("the client has nothing against it: only the server knows the venue's tiers").isTrue();
        await().atMost(WAIT).until(() -> fx(() -> vm.errors().server("tiers") != null));
        assertThat(fx(() -> vm.errors().server("tiers"))).isEqualTo("no seat of the venue has tier(s) BOX");
        assertThat(fx(() -> robot.lookup("#eventsMessage").queryAs(Label.class).getText())).isEqualTo("입력값이 올바르지 않습니다.");
        AdminScreens.shot(robot, stage, "admin-events-field-error-ko.png");
    }

    @Test
    void seatsAreKilledAndFreedAndASeatSoldMeanwhileIsRefusedAndShown(FxRobot robot) {
        long event = onSale("신년 음악회 2027");
        openFirstEvent(robot);
        robot.clickOn("#killsTab");
        SeatMap map = robot.lookup("#killsMap").queryAs(SeatMap.class);
        await().atMost(WAIT).until(() -> fx(() -> map.getStates().size() == 74));

        // two seats by the keyboard, from the plan's first seat to the right (a blocked seat is skipped: not takeable)
        robot.interact(map::requestFocus);
        choose(robot, 2);
        assertThat(fx(() -> robot.lookup("#killsChosen").queryAs(Label.class).getText())).isEqualTo("2석 선택");
        robot.interact(() -> {
            section.kills().reasonProperty().set(KillReason.PRODUCTION);
            section.kills().noteProperty().set("중계 카메라 자리");
        });
        robot.clickOn("#killSeats");
        await().atMost(WAIT).until(() -> fx(() -> section.kills().kills().size() == 2));
        assertThat(fx(() -> robot.lookup("#killsMessage").queryAs(Label.class).getText())).isEqualTo("2석 판매를 중지했습니다.");

        // a third seat is chosen; a clerk sells it before the admin presses the button
        robot.interact(map::requestFocus);
        choose(robot, 1);
        long sold = fx(() -> section.kills().selection().iterator().next());
        String label = fx(() -> section.kills().label(sold));
        Sales sales = new Sales(api);
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Api.Res bought = sales.buyByCard(sales.holdSeats(event, clerk, "counter-1", sold).body().get("holdId").asString(), clerk, "counter-1");
        assertThat(bought.status()).as(bought.raw()).isEqualTo(201);
        robot.clickOn("#killSeats");
        await().atMost(WAIT).until(() -> fx(() -> section.kills().refused().contains(sold)));
        assertThat(fx(() -> robot.lookup("#killsMessage").queryAs(Label.class).getText()))
                .isEqualTo("판매 중지하지 않았습니다: " + label + " 좌석이 그사이 판매되었거나 선점되었습니다 (배치도에 표시).");
        assertThat(fx(() -> section.kills().kills().size())).as("nothing more was killed").isEqualTo(2);
        feeds.refresh(); // what the push would have shown: two seats off sale, one sold
        await().atMost(WAIT).until(() -> fx(() -> map.status(sold) == dev.tiketi.model.sales.SeatStatus.SOLD));
        AdminScreens.shot(robot, stage, "admin-kills-ko.png");

        robot.interact(() -> robot.lookup("#killsList").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
        robot.clickOn("#freeSeats");
        await().atMost(WAIT).until(() -> fx(() -> section.kills().kills().size() == 1));
        assertThat(api.get("/api/admin/events/" + event + "/kills", admin).body().get("kills").size()).isEqualTo(1);
    }

    @Test
    void cancellingShowsTheSummaryFirstThenRefundsEveryOrder(FxRobot robot) {
        long event = onSale("신년 음악회 2027");
        Sales sales = new Sales(api);
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Map<String, Long> seats = sales.seatIds(venue);
        long first = sales.buyByCard(sales.holdSeats(event, clerk, "counter-1", seats.get("FLR-A-2"), seats.get("FLR-A-3"))
                .body().get("holdId").asString(), clerk, "counter-1").body().get("id").asLong();
        long second = sales.buyByCard(sales.holdSeats(event, clerk, "counter-1", seats.get("BAL-A-1"))
                .body().get("holdId").asString(), clerk, "counter-1").body().get("id").asLong();
        openFirstEvent(robot);

        robot.clickOn("#cancelEvent");
        await().atMost(WAIT).until(() -> robot.lookup("#cancelSummary").tryQuery().isPresent());
        Node summary = robot.lookup("#cancelSummary").query();
        assertThat(fx(() -> ((javafx.scene.layout.VBox) summary).getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList())).startsWith(
                "주문 2건, 유효한 티켓 3매 (좌석 3, 자유석 0).",
                "결제 금액: ₩290,000.",
                "모두 환불하면 ₩290,000은 카드로 돌려주고, ₩0은 이 단말기에 열린 금전함에서 현금으로 지급합니다.");
        assertThat(fx(() -> robot.lookup("#cancelConfirm").query().isDisabled())).as("the admin must choose first").isTrue();
        robot.clickOn("#cancelRefundAll");
        robot.clickOn("#cancelReason").write("Orchestra ill");
        Screenshots.save(summary.getScene().getRoot(), "admin-cancel-summary-ko.png");
        robot.clickOn("#cancelConfirm");

        await().atMost(WAIT).until(() -> fx(() -> section.model().editingProperty().get().status() == EventStatus.CANCELLED));
        for (long order : List.of(first, second)) {
            assertThat(api.get("/api/orders/" + order, admin).body().get("state").asString()).isEqualTo("REFUNDED");
        }
        assertThat(fx(() -> robot.lookup("#eventsMessage").queryAs(Label.class).getText()))
                .isEqualTo("신년 음악회 2027 공연을 취소하고 모든 주문을 환불했습니다.");
        AdminScreens.shot(robot, stage, "admin-events-cancelled-ko.png");
    }
}
