package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.live.LiveClient;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * The clerk's terminal against the real server, headless: log in, sell two seats for cash with the keyboard
 * alone, print; a seat taken at another terminal greys out live; losing the live link says so and recovers.
 * Each step is rendered to target/screenshots ({@code ./tiketi screenshots} refreshes docs/screenshots).
 */
@ExtendWith(ApplicationExtension.class)
class CounterScreenTest {
    private Stage stage;
    private volatile Session session;
    private CounterViewModel vm;
    private dev.tiketi.desktop.shell.Shell shell;
    private volatile boolean signedOut;
    private long event;
    private long venue;
    private List<Long> seats;
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data() {
        TestServer.reset();
        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        venue = fixtures.venue(Fixtures.smallVenue("Grand Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Swan Lake", venue));
        seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell != null) {
                shell.close(); // the mode (its holds and feeds) and the session
            } else if (vm != null) {
                vm.close();
            }
        });
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aClerkLogsInAndSellsTwoSeatsForCashWithTheKeyboardAlone(FxRobot robot) throws Exception {
        logIn(robot);
        openCounter(robot);
        Screenshots.save(stage.getScene().getRoot(), "counter.png");

        robot.type(KeyCode.F3);
        // the keyboard's seat starts at the chosen tier's (the first tier's: VIP) best seat; it and the next to its left
        long first = fx(() -> seatMap(robot).focusedSeatProperty().get());
        assertThat(fx(() -> seatMap(robot).getTiers().get(0).code())).isEqualTo("VIP");
        assertThat(fx(() -> vm.describe(first))).contains(" · VIP ");
        robot.type(KeyCode.SPACE, KeyCode.LEFT);
        long second = fx(() -> seatMap(robot).focusedSeatProperty().get());
        robot.type(KeyCode.SPACE);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> vm.selection().size() == 2));
        assertThat(fx(() -> List.copyOf(vm.selection()))).containsExactlyInAnyOrder(first, second);
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.holdProperty().get() != null));
        assertThat(vm.holdProperty().get().items()).extracting(i -> i.seatId()).containsExactlyInAnyOrder(first, second);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> seatMap(robot).getMine().size() == 2));

        robot.type(KeyCode.F7).write("100000").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.drawer().drawerProperty().get() != null));
        long total = vm.holdProperty().get().total();
        robot.type(KeyCode.F9).write(Long.toString(total + 20_000)).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.payment().orderProperty().get() != null));
        assertThat(robot.lookup("#change").queryAs(Label.class).getText()).isEqualTo("₩20,000");
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> vm.live().seats().get(first) != null
                && vm.live().seats().get(first).status() == SeatStatus.SOLD));
        Screenshots.save(stage.getScene().getRoot(), "counter-sold.png");

        robot.type(KeyCode.F8);
        String orderNo = vm.payment().orderProperty().get().orderNo();
        String labels = String.join(", ", vm.payment().orderProperty().get().tickets().stream().map(t -> t.seatLabel()).toList());
        assertThat(vm.payment().orderProperty().get().tickets()).extracting(t -> t.seatId()).containsExactlyInAnyOrder(first, second);
        Path pdf = prints.resolve(orderNo + ".pdf");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(pdf) && Files.size(pdf) > 1000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the customer comes back: Ctrl+2, find the order by its number, Ctrl+R refunds every ticket
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.write(orderNo).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#orderTitle").queryAs(Label.class).getText().startsWith(orderNo)));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        // nothing moves until the clerk confirms what the dialog says: which tickets, how much, where to
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup("#refundConfirmation").tryQuery().isPresent()));
        javafx.scene.control.DialogPane confirm = robot.lookup("#refundConfirmation").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(fx(confirm::getHeaderText)).isEqualTo("Refund 2 tickets (" + labels + "), ₩" + String.format("%,d", total) + ", to cash from this drawer?");
        Screenshots.save(confirm, "refund-confirm.png");
        robot.clickOn("#refundReason").write("고객 요청");
        robot.clickOn("#confirmRefund");
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#orderTitle").queryAs(Label.class).getText().endsWith("refunded")));
        assertThat(fx(() -> robot.lookup("#refundButton").queryAs(javafx.scene.control.Button.class).isDisabled()))
                .as("nothing left to refund").isTrue();
        assertThat(robot.lookup("#ordersMessage").queryAs(Label.class).getText())
                .isEqualTo("Refunded 2 tickets; ₩" + String.format("%,d", total) + " goes back to the customer.");
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> vm.live().seats().get(first).status() == SeatStatus.AVAILABLE));
        Screenshots.save(stage.getScene().getRoot(), "orders-refunded.png");

        // end of the day: Ctrl+3, count the drawer (the float: the cash sale was refunded), Ctrl+Enter closes it
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#report").queryAs(javafx.scene.control.TextArea.class)
                .getText().contains("Expected cash") && robot.lookup("#counted").queryAs(javafx.scene.control.TextField.class).isFocused()));
        robot.write("100000");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#cashupMessage").queryAs(Label.class).getText()
                .equals("Drawer closed. It balances.")));
        String report = robot.lookup("#report").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(report).contains("Counted cash           ₩100,000").contains("Difference             ₩0")
                .contains("Orders 1, tickets sold 2, refunded 2");
        Screenshots.save(stage.getScene().getRoot(), "cashup.png");
    }

    @Test
    void bestAvailableThenAnExchangeToTheDearerSeatTakesTheDifferenceInCash(FxRobot robot) {
        Api api = TestServer.api();
        String clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Sales sales = new Sales(api);
        sales.openCashSession(clerk, 50_000, "counter-1");
        long std = seats.get(30); // row D: a Standard seat
        dev.tiketi.model.sales.HoldView h = sales.holdSeats(event, clerk, "counter-1", std).as(dev.tiketi.model.sales.HoldView.class);
        dev.tiketi.model.sales.OrderView bought = sales.buyByCash(h.holdId(), 50_000, clerk, "counter-1").as(dev.tiketi.model.sales.OrderView.class);

        logIn(robot);
        openCounter(robot);
        robot.interact(() -> {
            vm.gaTierProperty().set(vm.live().eventProperty().get().tiers().stream().filter(t -> t.code().equals("VIP")).findFirst().orElseThrow());
            robot.lookup("#bestQuantity").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(1);
        });
        robot.type(KeyCode.F4).type(KeyCode.F4);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.holdProperty().get() != null));
        assertThat(vm.holdProperty().get().items()).singleElement().satisfies(i -> assertThat(i.tierCode()).isEqualTo("VIP"));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.write(bought.orderNo()).type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<dev.tiketi.model.sales.TicketView> tickets = robot.lookup("#tickets").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> tickets.getItems().size() == 1));
        robot.interact(() -> tickets.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> tickets.getItems().size() == 2));
        assertThat(robot.lookup("#ordersMessage").queryAs(Label.class).getText()).matches("Moved to FLR-[AB]-\\d+; take ₩50,000 more in cash\\.");
        assertThat(tickets.getItems()).extracting(t -> t.state().name()).containsExactlyInAnyOrder("EXCHANGED", "VALID");
        assertThat(vm.holdProperty().get()).isNull();
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> vm.live().seats().get(std).status() == SeatStatus.AVAILABLE));
        Screenshots.save(stage.getScene().getRoot(), "orders-exchanged.png");
    }

    @Test
    void aGaEventShowsLiveStockAndSellsAQuantityByCard(FxRobot robot) {
        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        new Fixtures(api, admin).publishedEvent(Fixtures.ga("Riverside Festival", 120));
        logIn(robot);
        robot.interact(() -> {
            shell = TiketiApp.shell(session, prints, s -> vm = new CounterViewModel(s, Clock.systemUTC(), Duration.ofSeconds(5)),
                    () -> signedOut = true);
            stage.getScene().setRoot(shell.view());
        });
        @SuppressWarnings("unchecked")
        ListView<dev.tiketi.model.catalog.EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> list.getItems().size() == 2));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.name().equals("Riverside Festival")).findFirst().orElseThrow()));
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.live().stock().size() == 1));
        robot.interact(() -> robot.lookup("#gaQuantity").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(3));
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.holdProperty().get() != null));
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> stockTexts(robot, "#gaStock", "GEN")
                .equals(List.of("General", "₩20,000", "■ sold 0", "▨ held 3", "□ free 117"))));
        assertThat(fx(() -> robot.lookup("#mapStock").queryAs(javafx.scene.Node.class).isVisible())).as("a GA event's stock is in its pane").isFalse();
        robot.type(KeyCode.F10).write("4242424242424242").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.payment().orderProperty().get() != null));
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> stockTexts(robot, "#gaStock", "GEN")
                .equals(List.of("General", "₩20,000", "■ sold 3", "▨ held 0", "□ free 117"))));
        Screenshots.save(stage.getScene().getRoot(), "counter-ga.png");
    }

    @Test
    void twoTiersOfAGaEventInOneBasketArePaidAsOneOrder(FxRobot robot) {
        Api api = TestServer.api();
        String admin = api.login("admin", IntegrationTest.PASSWORD);
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        new Fixtures(api, admin).publishedEvent(new dev.tiketi.model.catalog.EventRequest("한강 불꽃축제", null,
                dev.tiketi.model.catalog.EventKind.GA, null, now.plus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)),
                List.of(new dev.tiketi.model.catalog.TierSpec("STAND", "스탠딩", 30_000, 50), new dev.tiketi.model.catalog.TierSpec("SEAT", "지정석", 45_000, 20)),
                null, null, null, null));
        logIn(robot);
        openShell(robot, Clock.systemUTC());
        chooseEvent(robot, "한강 불꽃축제");
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.live().stock().size() == 2));
        robot.interact(() -> {
            vm.gaTierProperty().set(tier("STAND"));
            robot.lookup("#gaQuantity").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(2);
        });
        robot.type(KeyCode.F5);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.basket().holds().size() == 1));
        robot.interact(() -> {
            vm.gaTierProperty().set(tier("SEAT"));
            robot.lookup("#gaQuantity").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(1);
        });
        robot.clickOn("#addButton");
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.basket().holds().size() == 2));
        // every hold's lines, a subtotal per tier and one total
        assertThat(fx(() -> List.copyOf(vm.basketLines()))).containsExactly("STAND   ₩30,000", "STAND   ₩30,000", "SEAT   ₩45,000",
                "STAND: 2 ×, ₩60,000", "SEAT: 1 ×, ₩45,000");
        assertThat(fx(() -> robot.lookup("#total").queryAs(Label.class).getText())).isEqualTo("Total ₩105,000");
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> stockTexts(robot, "#gaStock", "STAND").contains("▨ held 2")
                && stockTexts(robot, "#gaStock", "SEAT").contains("▨ held 1")));
        assertThat(fx(() -> stockTexts(robot, "#gaStock", "STAND"))).containsExactly("스탠딩", "₩30,000", "■ sold 0", "▨ held 2", "□ free 48");
        assertThat(fx(() -> stockTexts(robot, "#gaStock", "SEAT"))).containsExactly("지정석", "₩45,000", "■ sold 0", "▨ held 1", "□ free 19");
        Screenshots.save(stage.getScene().getRoot(), "counter-ga-basket.png");

        robot.type(KeyCode.F10).write("4242424242424242").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.payment().orderProperty().get() != null));
        dev.tiketi.model.sales.OrderView order = fx(() -> vm.payment().orderProperty().get());
        assertThat(order.tickets()).as("one order for both holds").hasSize(3);
        assertThat(order.total()).isEqualTo(105_000);
        assertThat(fx(() -> vm.basket().holds())).isEmpty();
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> stockTexts(robot, "#gaStock", "STAND").contains("■ sold 2")
                && stockTexts(robot, "#gaStock", "SEAT").contains("■ sold 1")));
        assertThat(fx(() -> stockTexts(robot, "#gaStock", "STAND"))).containsExactly("스탠딩", "₩30,000", "■ sold 2", "▨ held 0", "□ free 48");
        assertThat(fx(() -> stockTexts(robot, "#gaStock", "SEAT"))).containsExactly("지정석", "₩45,000", "■ sold 1", "▨ held 0", "□ free 19");
        Screenshots.save(stage.getScene().getRoot(), "counter-ga-basket-sold.png");
    }

    @Test
    void aWatchedSeatGivesANoticeTheMomentItIsFree(FxRobot robot) {
        logIn(robot);
        openCounter(robot);
        Api api = TestServer.api();
        String otherClerk = api.login("clerk", IntegrationTest.PASSWORD);
        long wanted = seats.get(12);
        dev.tiketi.model.sales.HoldView elsewhere = new Sales(api).holdSeats(event, otherClerk, "counter-2", wanted)
                .as(dev.tiketi.model.sales.HoldView.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> seatMap(robot).status(wanted) == SeatStatus.HELD));
        String label = fx(() -> vm.describe(wanted).split(" · ")[0]);
        robot.type(KeyCode.F3);
        robot.interact(() -> {
            seatMap(robot).focusedSeatProperty().set(wanted);
            seatMap(robot).pointedSeatProperty().set(wanted);
        });
        robot.type(KeyCode.W);
        assertThat(fx(() -> List.copyOf(vm.watched()))).containsExactly(wanted);
        assertThat(fx(() -> List.copyOf(seatMap(robot).getWatched()))).as("the map rings it").containsExactly(wanted);
        assertThat(fx(() -> robot.lookup("#seatInfo").queryAs(Label.class).getText())).endsWith(" · watching " + label);
        robot.type(KeyCode.W);
        assertThat(fx(() -> vm.watched())).as("W again stops watching").isEmpty();
        assertThat(fx(() -> seatMap(robot).getWatched())).isEmpty();
        assertThat(fx(() -> robot.lookup("#seatInfo").queryAs(Label.class).getText())).doesNotContain("watching");
        robot.type(KeyCode.W);
        Screenshots.save(stage.getScene().getRoot(), "counter-watch.png");
        javafx.scene.layout.Pane toasts = robot.lookup("#toasts").queryAs(javafx.scene.layout.Pane.class);
        int before = fx(() -> toasts.getChildren().size());

        Api.Res released = api.send("DELETE", "/api/holds/" + elsewhere.holdId(), null, null, otherClerk,
                java.util.Map.of(dev.tiketi.model.common.Headers.TERMINAL, "counter-2"));
        assertThat(released.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> toasts.getChildren().stream()
                .anyMatch(n -> n instanceof atlantafx.base.controls.Notification t && t.getMessage().equals("Seat " + label + " is free now"))));
        assertThat(fx(() -> toasts.getChildren().size())).isEqualTo(before + 1);
        assertThat(fx(() -> vm.watched())).as("told once, then no longer watched").isEmpty();
        assertThat(fx(() -> seatMap(robot).getWatched())).as("and no longer ringed").isEmpty();
        Screenshots.save(stage.getScene().getRoot(), "counter-watch-free.png");
    }

    @Test
    void theTerminalSpeaksKorean(FxRobot robot) {
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-test-ko");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "창구-1");
        prefs.put("language", "ko");
        robot.interact(() -> {
            Scene scene = new Scene(TiketiApp.loginView(new TerminalSettings(prefs), Locale.ENGLISH, s -> session = s), 1280, 800);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
        assertThat(robot.lookup("#loginButton").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("로그인");
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        // the terminal's name travels in an HTTP header: a Korean one is refused in words, before any request
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> robot.lookup("#loginError").queryAs(Label.class).getText().contains("영문")));
        Screenshots.save(stage.getScene().getRoot(), "login-ko.png");
        robot.interact(() -> robot.lookup("#terminal").queryAs(javafx.scene.control.TextField.class).setText("counter-ko"));
        robot.clickOn("#password").type(KeyCode.ENTER); // the password is still there
        await().atMost(Duration.ofSeconds(5)).until(() -> session != null);
        openCounter(robot);
        new Sales(TestServer.api()).holdSeats(event, TestServer.api().login("clerk", IntegrationTest.PASSWORD), "counter-2", seats.get(12));
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> seatMap(robot).status(seats.get(12)) == SeatStatus.HELD));
        robot.interact(() -> seatMap(robot).pointedSeatProperty().set(seats.get(12)));
        assertThat(robot.lookup("#seatInfo").queryAs(Label.class).getText()).contains("다른 단말기가 선점 중");
        Screenshots.save(stage.getScene().getRoot(), "counter-ko.png");
    }

    @Test
    void theBasketCountsDownAndWarnsInTheLastMinute(FxRobot robot) {
        logIn(robot);
        // the terminal's clock 4 min 10 s ahead: a fresh 5-minute hold has 50 s left on this screen
        openCounter(robot, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(4).plusSeconds(10)));
        robot.type(KeyCode.F3).type(KeyCode.SPACE).type(KeyCode.F5); // the keyboard's seat starts on a free one
        Label countdown = robot.lookup("#countdown").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> countdown.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("warning"))));
        assertThat(fx(countdown::getText)).matches("Held for 0:(4[0-9]|50)");
        Screenshots.save(stage.getScene().getRoot(), "counter-warning.png");
    }

    @Test
    void comingBackToSellKeepsTheEventAndTheBasket(FxRobot robot) {
        logIn(robot);
        openCounter(robot);
        robot.type(KeyCode.F3).type(KeyCode.SPACE).type(KeyCode.F5); // the keyboard's seat starts on a free one
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.holdProperty().get() != null));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.type(KeyCode.F2).type(KeyCode.ENTER); // a fresh search reloads the list
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> robot.lookup("#eventList").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem() != null));
        assertThat(fx(() -> vm.live().eventProperty().get().id())).isEqualTo(event);
        assertThat(fx(() -> vm.holdProperty().get())).isNotNull();
        assertThat(fx(() -> seatMap(robot).getMine().size())).isEqualTo(1);
        // Esc while typing an amount clears nothing but the field's intent; the seats stay held
        robot.type(KeyCode.F9).write("1000").type(KeyCode.ESCAPE);
        assertThat(fx(() -> vm.holdProperty().get())).isNotNull();
    }

    @Test
    void f1ListsEveryKey(FxRobot robot) {
        logIn(robot);
        openCounter(robot);
        robot.type(KeyCode.F1);
        await().atMost(Duration.ofSeconds(2)).until(() -> fx(() -> robot.lookup("#helpOverlay").tryQuery().isPresent()));
        javafx.scene.control.DialogPane help = robot.lookup("#helpOverlay").queryAs(javafx.scene.control.DialogPane.class);
        List<String> cells = fx(() -> robot.from(help).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList());
        // the keys the README promises, written out here rather than read back from the table that made the text
        for (String key : List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "Esc", "Ctrl+1", "Ctrl+2",
                "Ctrl+3", "Ctrl+F", "Ctrl+R", "Ctrl+E", "Ctrl+P", "W")) {
            assertThat(cells).contains(key);
        }
        assertThat(cells).anyMatch(c -> c.contains("Shift") && c.endsWith("Q"));
        // grouped by screen, one key and one line of text a row
        assertThat(cells).contains("Everywhere", "Sell  (Ctrl+1)", "Orders and refunds  (Ctrl+2)", "Seat map", "Space",
                "Hold the chosen seats (or GA quantity)", "Choose or unchoose the seat");
        Screenshots.save(help, "help.png");
        robot.interact(() -> ((Stage) help.getScene().getWindow()).close());
    }

    @Test
    void aSeatTakenAtAnotherTerminalGreysOutWithinASecond(FxRobot robot) {
        logIn(robot);
        openCounter(robot);
        Api api = TestServer.api();
        String otherClerk = api.login("clerk", IntegrationTest.PASSWORD);
        new Sales(api).holdSeats(event, otherClerk, "counter-2", seats.get(5), seats.get(6));
        await().atMost(Duration.ofSeconds(1)).until(() -> fx(() -> seatMap(robot).status(seats.get(5)) == SeatStatus.HELD
                && seatMap(robot).status(seats.get(6)) == SeatStatus.HELD));
        // the clerk cannot choose it, and the status line says why
        robot.interact(() -> seatMap(robot).toggle(seats.get(5)));
        assertThat(seatMap(robot).getSelection()).doesNotContain(seats.get(5));
        robot.interact(() -> seatMap(robot).pointedSeatProperty().set(seats.get(5)));
        assertThat(robot.lookup("#seatInfo").queryAs(Label.class).getText()).contains("held by another terminal");
        Screenshots.save(stage.getScene().getRoot(), "counter-live.png");
    }

    @Test
    void losingTheLiveLinkShowsPollingAndComesBack(FxRobot robot) {
        logIn(robot);
        openCounter(robot);
        Label live = robot.lookup("#liveState").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> live.getText().contains("Live")));
        session.live().hold();
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> live.getText().contains("polling every 5 s")));
        Screenshots.save(stage.getScene().getRoot(), "counter-offline.png");
        session.live().resume();
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> live.getText().contains("Live")));
        assertThat(session.live().state()).isEqualTo(LiveClient.State.CONNECTED);
    }

    @Test
    void aWrongPasswordSaysSoInWordsNotACode(FxRobot robot) {
        showLogin(robot);
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write("not-the-password").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> !robot.lookup("#loginError").queryAs(Label.class).getText().isEmpty()));
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEqualTo("Wrong username or password.");
        assertThat(session).isNull();
        Screenshots.save(stage.getScene().getRoot(), "login-error.png");
    }

    private void showLogin(FxRobot robot) {
        Preferences prefs = Preferences.userRoot().node("dev/tiketi/desktop-test");
        prefs.put("server", TestServer.base());
        prefs.put("terminal", "counter-1");
        prefs.put("language", "en");
        robot.interact(() -> {
            Scene scene = new Scene(TiketiApp.loginView(new TerminalSettings(prefs), Locale.ENGLISH, s -> session = s), 1280, 800);
            TiketiApp.stylesheet(scene);
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage.setScene(scene);
            stage.show();
        });
    }

    private void logIn(FxRobot robot) {
        showLogin(robot);
        Screenshots.save(stage.getScene().getRoot(), "login.png");
        robot.clickOn("#username").write("clerk");
        robot.clickOn("#password").write(IntegrationTest.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> session != null);
    }

    private void openCounter(FxRobot robot) {
        openCounter(robot, Clock.systemUTC());
    }

    private void openCounter(FxRobot robot, Clock clock) {
        openShell(robot, clock);
        @SuppressWarnings("unchecked")
        ListView<dev.tiketi.model.catalog.EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> !list.getItems().isEmpty()));
        robot.interact(() -> list.getSelectionModel().select(0));
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.live().layoutProperty().get() != null && vm.live().seats().size() > 50));
    }

    private void openShell(FxRobot robot, Clock clock) {
        robot.interact(() -> {
            shell = TiketiApp.shell(session, prints, s -> vm = new CounterViewModel(s, clock, Duration.ofSeconds(5)),
                    () -> signedOut = true);
            stage.getScene().setRoot(shell.view());
        });
    }

    private void chooseEvent(FxRobot robot, String name) {
        @SuppressWarnings("unchecked")
        ListView<dev.tiketi.model.catalog.EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> list.getItems().stream().anyMatch(e -> e.name().equals(name))));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow()));
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> vm.live().eventProperty().get() != null && vm.live().eventProperty().get().name().equals(name)));
    }

    private dev.tiketi.model.catalog.TierView tier(String code) {
        return vm.live().eventProperty().get().tiers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** The texts of one tier's stock bar in the stock counters under {@code where}: name, price, sold, held, free. */
    private static List<String> stockTexts(FxRobot robot, String where, String tierCode) {
        dev.tiketi.desktop.stock.StockCounters counters = robot.lookup(where).queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof dev.tiketi.desktop.stock.StockCounters).map(n -> (dev.tiketi.desktop.stock.StockCounters) n)
                .findFirst().orElseThrow();
        dev.tiketi.desktop.stock.TierStockBar bar = counters.bar(tierCode);
        return bar == null ? List.of() : bar.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    /** Reads screen state where it lives: on the FX thread (Awaitility polls from its own). */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SeatMap seatMap(FxRobot robot) {
        return robot.lookup("#seatMap").queryAs(SeatMap.class);
    }
}
