package dev.tiketi.desktop.admin;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.events.EventForm;
import dev.tiketi.desktop.admin.events.EventsSection;
import dev.tiketi.desktop.admin.events.EventsViewModel;
import dev.tiketi.desktop.admin.queue.QueueControlSection;
import dev.tiketi.desktop.admin.reports.ReportKind;
import dev.tiketi.desktop.admin.reports.ReportsSection;
import dev.tiketi.desktop.admin.reports.ReportsViewModel;
import dev.tiketi.desktop.admin.venues.VenueEditor;
import dev.tiketi.desktop.admin.venues.VenuesSection;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Sales;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The "done when": a venue admin runs an on-sale from the panel alone, on the panel as the shell builds it
 * (every section, one session): sets up a venue and an event, opens the waiting room, watches the line drain and
 * the sales come in live, kills seats, and closes the day with the reports. The shoppers are kiosks driven through
 * the API, as the crowd would be; everything the admin does goes through the panel.
 */
@ExtendWith(ApplicationExtension.class)
class AdminOnSaleScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private Stage stage;
    private Session session;
    private AdminPanel panel;
    private Api api;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        TestServer.reset();
        api = TestServer.api();
        robot.interact(() -> {
            ApiClient client = new ApiClient(URI.create(TestServer.base()), "admin-desk");
            session = new Session(client, client.login("admin", IntegrationTest.PASSWORD), new Messages(Locale.ENGLISH, SEOUL));
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Notifier notifier = new Notifier();
            panel = new AdminPanel(AdminSections.of(session, notifier));
            Scene scene = new Scene(new StackPane(panel.view(), notifier.layer()), 1280, 800);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void signOut(FxRobot robot) {
        robot.interact(() -> {
            panel.close();
            session.close();
        });
    }

    private <T extends AdminSection> T section(Class<T> type) {
        return panel.sections().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private void open(FxRobot robot, String id) {
        robot.clickOn("#admin-" + id);
    }

    private String label(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private void chooseEvent(FxRobot robot, String comboId, long event) {
        ComboBox<EventSummary> events = robot.lookup(comboId).queryAs(ComboBox.class);
        await().atMost(WAIT).until(() -> fx(() -> events.getItems().stream().anyMatch(e -> e != null && e.id() == event)));
        robot.interact(() -> events.getSelectionModel().select(events.getItems().stream()
                .filter(e -> e != null && e.id() == event).findFirst().orElseThrow()));
    }

    @Test
    void aVenueAdminRunsAnOnSaleFromThePanelAlone(FxRobot robot) throws Exception {
        // 1. the venue: one floor of 4 rows x 10 seats, the front row VIP
        open(robot, "venues");
        VenueEditor venue = section(VenuesSection.class).model();
        robot.interact(() -> {
            venue.nameProperty().set("블루스퀘어 마스터카드홀");
            venue.addressProperty().set("서울 용산구 이태원로 294");
        });
        robot.doubleClickOn("#sectionCode").write("FLR");
        robot.doubleClickOn("#sectionRows").write("4");
        robot.doubleClickOn("#sectionSeats").write("10");
        robot.clickOn("#sectionRowTiers").write("A=VIP");
        await().atMost(WAIT).until(() -> fx(() -> venue.previewProperty().get() != null
                && venue.previewProperty().get().seatCount() == 40));
        robot.clickOn("#saveVenue");
        await().atMost(WAIT).until(() -> fx(() -> venue.editingProperty().get() != null));

        // 2. the event on it, on sale since yesterday, published
        open(robot, "events");
        EventsViewModel events = section(EventsSection.class).model();
        EventForm form = events.form();
        await().atMost(WAIT).until(() -> fx(() -> events.venues().size() == 1));
        robot.clickOn("#newEvent");
        robot.interact(() -> {
            form.nameProperty().set("뮤지컬 〈레미제라블〉");
            form.venueProperty().set(events.venues().get(0));
            form.opensDateProperty().set(LocalDate.now(SEOUL).minusDays(1));
        });
        await("the venue's tiers are offered").atMost(WAIT).until(() -> fx(() -> form.tiers().size() == 2));
        robot.interact(() -> form.tiers().forEach(t -> t.nameProperty().set(t.codeProperty().get() + "석")));
        robot.clickOn("#tierPrice0").write("150000");
        robot.clickOn("#tierPrice1").write("90000");
        robot.clickOn("#saveEvent");
        await().atMost(WAIT).until(() -> fx(() -> events.editingProperty().get() != null));
        robot.clickOn("#publishEvent");
        await().atMost(WAIT).until(() -> fx(() -> events.editingProperty().get().status() == EventStatus.ON_SALE));
        long event = fx(() -> events.editingProperty().get().id());

        // 3. the waiting room: everyone queues, one shopper at a time, projected first, then applied
        open(robot, "queue");
        chooseEvent(robot, "#queueEvent", event);
        await().atMost(WAIT).until(() -> fx(() -> section(QueueControlSection.class).model().currentProperty().get() != null));
        robot.interact(() -> {
            section(QueueControlSection.class).model().modeProperty().set(QueueMode.FORCED_ON);
            robot.lookup("#queueThreshold").queryAs(javafx.scene.control.TextField.class).setText("1");
            robot.lookup("#queueRate").queryAs(javafx.scene.control.TextField.class).setText("600");
        });
        robot.clickOn("#queuePreview");
        await().atMost(WAIT).until(() -> fx(() -> !robot.lookup("#queueApply").queryAs(javafx.scene.control.Button.class).isDisabled()));
        robot.clickOn("#queueApply");
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        await().atMost(WAIT).until(() -> api.get("/api/queue/admin/" + event, admin).as(QueueAdminView.class).settings().mode()
                == QueueMode.FORCED_ON);

        // the crowd: four kiosks check in; one is let in, three wait, and the monitor shows them
        String kiosk = api.login("kiosk", IntegrationTest.PASSWORD);
        Queues queues = new Queues(api);
        List<String> terminals = List.of("kiosk-1", "kiosk-2", "kiosk-3", "kiosk-4");
        for (String t : terminals) {
            queues.check(event, kiosk, t);
        }
        await().atMost(WAIT).until(() -> label(robot, "#queueWaiting").equals("Waiting: 3"));

        // each shopper buys one seat the moment it is let in: the line drains, one by one
        Sales sales = new Sales(api);
        List<Long> seats = sales.seats(fx(() -> venue.editingProperty().get().id())).stream()
                .filter(s -> !s.blocked()).map(SeatView::id).sorted().toList();
        List<Long> sold = new ArrayList<>();
        for (String t : terminals) {
            QueueStatus turn = await().atMost(WAIT).until(() -> queues.check(event, kiosk, t), s -> s.state() == QueueState.ADMITTED);
            long seat = seats.get(10 + sold.size()); // row B onwards: 90,000 each
            Api.Res hold = api.send("POST", "/api/events/" + event + "/holds", Api.JSON.writeValueAsString(HoldRequest.seats(List.of(seat))),
                    "application/json", kiosk, Queues.admission(turn.admissionToken(), t));
            assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
            Map<String, String> admitted = new java.util.HashMap<>(Queues.admission(turn.admissionToken(), t));
            admitted.put(dev.tiketi.model.common.Headers.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
            Api.Res order = api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new dev.tiketi.model.sales.OrderRequest(
                    hold.body().get("holdId").asString(), dev.tiketi.model.sales.PaymentRequest.of(
                            dev.tiketi.model.sales.Tender.card(Sales.CARD)), "김관객")), "application/json", kiosk, admitted);
            assertThat(order.status()).as(order.raw()).isEqualTo(201);
            sold.add(seat);
        }
        await().atMost(WAIT).until(() -> label(robot, "#queueWaiting").equals("Waiting: 0"));

        // 4. the sales, live on the dashboard with no click, and a clerk's sale at the counter on top
        open(robot, "dashboard");
        chooseEvent(robot, "#dashboardEvent", event);
        await().atMost(WAIT).until(() -> label(robot, "#dashboardSold").equals("Sold: 4 tickets"));
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Api.Res counterHold = sales.holdSeats(event, clerk, "counter-1", seats.get(0), seats.get(1));
        assertThat(sales.buyByCard(counterHold.body().get("holdId").asString(), clerk, "counter-1").status()).isEqualTo(201);
        await().atMost(WAIT).until(() -> label(robot, "#dashboardSold").equals("Sold: 6 tickets"));
        assertThat(label(robot, "#dashboardRevenue")).isEqualTo("Revenue: " + session.messages().cash(4 * 90_000 + 2 * 150_000));
        assertThat(label(robot, "#dashboardHeld")).isEqualTo("Held: none");
        Screenshots.save(stage.getScene().getRoot(), "admin-on-sale-dashboard.png");

        // 5. two seats killed for a camera, on the events section's map: every terminal sees them blocked
        open(robot, "events");
        EventsSection eventsSection = section(EventsSection.class);
        robot.clickOn("#killsTab");
        SeatMap map = robot.lookup("#killsMap").queryAs(SeatMap.class);
        await().atMost(WAIT).until(() -> fx(() -> map.getStates().size() == 40));
        robot.interact(map::requestFocus);
        for (int i = 0; i < 20 && fx(() -> eventsSection.kills().selection().size()) < 2; i++) {
            robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        }
        Set<Long> killed = fx(() -> Set.copyOf(eventsSection.kills().selection()));
        assertThat(killed).hasSize(2).doesNotContainAnyElementsOf(sold);
        robot.interact(() -> eventsSection.kills().reasonProperty().set(KillReason.PRODUCTION));
        robot.clickOn("#killSeats");
        await().atMost(WAIT).until(() -> fx(() -> eventsSection.kills().kills().size() == 2));
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        assertThat(killed.stream().map(statuses::get).collect(Collectors.toSet())).containsExactly(SeatStatus.BLOCKED);

        // 6. the day closed with the reports: every ticket, by channel, with the money the orders hold
        open(robot, "reports");
        ReportsViewModel reports = section(ReportsSection.class).viewModel();
        LocalDate today = LocalDate.now(SEOUL);
        robot.interact(() -> {
            reports.fromProperty().set(today.minusDays(1));
            reports.toProperty().set(today.plusDays(1));
            reports.kindProperty().set(ReportKind.SALES_BY_CHANNEL);
        });
        Messages m = session.messages();
        List<String> counter = List.of("Counter", "2", m.cash(300_000));
        List<String> kiosks = List.of("Kiosk", "4", m.cash(360_000));
        await().atMost(WAIT).until(() -> fx(() -> firstColumns(robot, "#reportTable", 3)).equals(List.of(counter, kiosks)));
        assertThat(fx(() -> firstColumns(robot, "#reportTableTotals", 3))).containsExactly(List.of("Total", "6", m.cash(660_000)));
        Screenshots.save(stage.getScene().getRoot(), "admin-on-sale-reports.png");
    }

    /** The first {@code n} cells of each row of a report table, as shown. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> firstColumns(FxRobot robot, String id, int n) {
        javafx.scene.control.TableView<List<String>> table = robot.lookup(id).queryAs(javafx.scene.control.TableView.class);
        return table.getItems().stream().map(row -> List.copyOf(row.subList(0, Math.min(n, row.size())))).toList();
    }
}
