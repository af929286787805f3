package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.kiosk.purchase.KioskPurchase;
import dev.tiketi.desktop.seatmap.SeatGeometry;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.seatmap.SeatMapView;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.payments.SimulatedPaymentTerminal;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.DataCleaner;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's purchase against the real server, signed in as the kiosk account, driven by clicks where a
 * customer would touch: seats tapped on the map, held, paid by the simulated terminal's cards, tickets shown
 * with QR codes that scan, done. Each outcome is checked on the server too (orders, voids, holds, expiry).
 */
@ExtendWith(ApplicationExtension.class)
class KioskPurchaseScreenTest {
    private static final String TERMINAL = "lobby-kiosk";

    private Stage stage;
    private Session session;
    private KioskPurchase purchase;
    private long event;
    private Map<String, Long> seatIds;
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final Sales sales = new Sales(TestServer.api());
    @TempDir
    Path prints;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void catalogueAndKiosk() {
        TestServer.reset();
        TestClock.CLOCK.reset();
        Api api = TestServer.api();
        Fixtures fixtures = new Fixtures(api, api.login("admin", IntegrationTest.PASSWORD));
        long venue = fixtures.venue(Fixtures.smallVenue("세종문화회관"));
        event = fixtures.publishedEvent(Fixtures.onSale("신년 음악회 2027", venue));
        seatIds = sales.seatIds(venue);
        ApiClient client = new ApiClient(URI.create(TestServer.base()), TERMINAL);
        session = new Session(client, client.login("kiosk", IntegrationTest.PASSWORD), new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (purchase != null) {
                purchase.close();
            }
        });
        session.close();
        TestClock.CLOCK.reset();
    }

    private void show(FxRobot robot, Clock clock) {
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            purchase = new KioskPurchase(session, event, Threads.terminal(), new KioskPurchase.Setup(new Messages(Locale.ENGLISH), clock, "", prints));
            purchase.onFinished(() -> ended.add("finished"));
            purchase.onCancelled(() -> ended.add("cancelled"));
            Scene scene = new Scene(purchase.view(), 1920, 1080);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> map(robot).getStates().size() > 50 && map(robot).getSkin() != null));
    }

    @Test
    void aCustomerTapsTwoSeatsPaysByCardAndGetsTicketsWithQrCodesThatScan(FxRobot robot) throws Exception {
        show(robot, Clock.systemUTC());
        tap(robot, "FLR-B-5");
        tap(robot, "FLR-B-6");
        assertThat(text(robot, "#selectionSummary")).isEqualTo("2 seats: FLR-B-5, FLR-B-6");
        assertThat(text(robot, "#selectionTotal")).isEqualTo("Total ₩200,000");

        robot.clickOn("#holdButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        assertThat(held()).containsExactlyInAnyOrder(seatIds.get("FLR-B-5"), seatIds.get("FLR-B-6"));
        assertThat(text(robot, "#timer")).matches("Held for [45]:\\d\\d");

        robot.clickOn("#tapButton"); // the simulator's good card is chosen to begin with
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#ticketsStep"));
        List<Node> tiles = fx(() -> List.copyOf(robot.lookup("#tickets").queryAs(FlowPane.class).getChildren()));
        assertThat(tiles).hasSize(2);
        List<String> codes = jdbc().sql("select code from ticket order by code").query(String.class).list();
        List<String> scanned = fx(() -> tiles.stream().map(t -> decode(((ImageView) t.lookup(".kp-qr")).getImage())).sorted().toList());
        assertThat(scanned).as("what a door scanner reads off the screen").isEqualTo(codes);
        String orderNo = jdbc().sql("select order_no from customer_order").query(String.class).single();
        assertThat(text(robot, "#orderNo")).isEqualTo("Order " + orderNo);
        Path pdf = prints.resolve(orderNo + ".pdf");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pdf) && Files.size(pdf) > 1000);
        await().atMost(Duration.ofSeconds(2)).until(() -> text(robot, "#printState").contains(orderNo + ".pdf"));
        assertThat(jdbc().sql("select channel from customer_order").query(String.class).list()).containsExactly("KIOSK");
        assertThat(sales.statuses(event).values().stream().filter(s -> s == SeatStatus.SOLD).count()).isEqualTo(2);

        robot.clickOn("#doneButton");
        assertThat(ended).containsExactly("finished");
    }

    @Test
    void aDeclinedCardThenAGoodOneMakesExactlyOneOrderAndOneCharge(FxRobot robot) {
        SimulatedPaymentTerminal terminal = TestServer.get().context().getBean(SimulatedPaymentTerminal.class);
        int authorizations = terminal.authorizations();
        show(robot, Clock.systemUTC());
        robot.clickOn("#bestButton"); // the best 2 VIP seats together
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));

        chooseCard(robot, "Declined card");
        robot.clickOn("#tapButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#answerStep"));
        assertThat(text(robot, "#answerTitle")).isEqualTo("Your card was declined");
        assertThat(text(robot, "#answerText")).isEqualTo("You were not charged. Please try another card.");
        assertThat(held()).as("the seats stay held for the next card").hasSize(2);

        robot.clickOn("#tryAgainButton");
        await().atMost(Duration.ofSeconds(2)).until(() -> visible(robot, "#cardStep"));
        chooseCard(robot, "Good card");
        robot.clickOn("#insertButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#ticketsStep"));

        assertThat(server().count("customer_order")).isEqualTo(1);
        assertThat(jdbc().sql("select reason from payment_void").query(String.class).list()).containsExactly("DECLINED");
        assertThat(terminal.authorizations() - authorizations).as("one charge on the terminal").isEqualTo(1);
    }

    @Test
    void thirtySecondsBeforeTheEndALargeWarningOffersMoreTimeAndOneTapExtendsTheHoldOnTheServer(FxRobot robot) {
        // the server's moved clock is the kiosk's too: time passes for both without waiting for it
        show(robot, TestClock.CLOCK);
        robot.clickOn("#bestButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        Instant before = heldUntil();
        assertThat(visible(robot, "#warning")).isFalse();

        TestClock.CLOCK.advance(Duration.ofMinutes(5).minusSeconds(25));
        await().atMost(Duration.ofSeconds(3)).until(() -> visible(robot, "#warning"));
        assertThat(text(robot, "#warningText")).matches("Your seats are held for 2[0-5] more seconds\\.");
        assertThat(text(robot, "#timer")).matches("Held for 0:2[0-5]");

        robot.clickOn("#extendButton");
        await().atMost(Duration.ofSeconds(3)).until(() -> !visible(robot, "#warning"));
        Instant after = heldUntil();
        assertThat(after).as("a fresh 5 minutes from the moved now, on the server").isAfter(before.plus(Duration.ofMinutes(4)));
        assertThat(text(robot, "#timer")).matches("Held for [45]:\\d\\d");
        assertThat(visible(robot, "#cardStep")).isTrue();
    }

    @Test
    void aChosenSeatTakenByAnotherTerminalIsExplainedAndTheNearestLikeItOffered(FxRobot robot) {
        show(robot, Clock.systemUTC());
        tap(robot, "FLR-C-4");
        tap(robot, "FLR-C-5");
        String clerk = TestServer.api().login("clerk", IntegrationTest.PASSWORD);
        assertThat(sales.holdSeats(event, clerk, "counter-2", seatIds.get("FLR-C-5")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(3)).until(() -> text(robot, "#notice").startsWith("Seat FLR-C-5 was just taken by someone else."));
        List<Long> chosen = fx(() -> List.copyOf(map(robot).getSelection()));
        assertThat(chosen).hasSize(2).contains(seatIds.get("FLR-C-4")).doesNotContain(seatIds.get("FLR-C-5"));
        long offered = chosen.stream().filter(id -> !id.equals(seatIds.get("FLR-C-4"))).findFirst().orElseThrow();
        assertThat(text(robot, "#notice")).isEqualTo("Seat FLR-C-5 was just taken by someone else. We chose "
                + label(offered) + " for you instead: the nearest free seat like it.");
        assertThat(label(offered)).as("the same row, next along").isIn("FLR-C-3", "FLR-C-6");

        robot.clickOn("#holdButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        assertThat(held()).as("the kiosk's, beside the clerk's").contains(seatIds.get("FLR-C-4"), offered, seatIds.get("FLR-C-5"));
    }

    @Test
    void walkingAwayReleasesTheHoldOnTheServerAndAbandoningTwiceIsHarmless(FxRobot robot) {
        show(robot, Clock.systemUTC());
        robot.clickOn("#bestButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        assertThat(held()).hasSize(2);

        robot.interact(() -> purchase.abandon());
        await("the seats are free for everyone again").atMost(Duration.ofSeconds(30)).until(() -> held().isEmpty());
        robot.interact(() -> purchase.abandon());
        assertThat(ended).as("the mode asked: nothing to tell it").isEmpty();
        assertThat(server().count("customer_order")).isZero();
    }

    @Test
    void startingOverBeforePayingGivesTheSeatsBackAndTellsTheMode(FxRobot robot) {
        show(robot, Clock.systemUTC());
        robot.clickOn("#bestButton");
        await().atMost(Duration.ofSeconds(30)).until(() -> visible(robot, "#cardStep"));
        robot.clickOn("#cancelButton");
        assertThat(ended).containsExactly("cancelled");
        await().atMost(Duration.ofSeconds(30)).until(() -> held().isEmpty());
    }

    // --- helpers ---

    /** Taps a seat where a finger would: on its centre on the screen (a first tap on small seats only zooms). */
    private void tap(FxRobot robot, String label) {
        long id = seatIds.get(label);
        SeatMap map = map(robot);
        for (int attempt = 0; attempt < 3 && !fx(() -> map.getSelection().contains(id)); attempt++) {
            Point2D at = fx(() -> {
                SeatMapView view = (SeatMapView) map.getSkin();
                SeatGeometry g = view.geometry();
                SeatView s = g.seat(id);
                return view.surface().localToScreen(g.screenX(s.x()), g.screenY(s.y()));
            });
            robot.clickOn(robot.point(at), MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(fx(() -> map.getSelection().contains(id))).as("%s chosen by tapping it", label).isTrue();
    }

    private void chooseCard(FxRobot robot, String startsWith) {
        ToggleButton card = fx(() -> robot.lookup(".kp-card-choice").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().startsWith(startsWith)).findFirst().orElseThrow());
        robot.clickOn(card);
        assertThat(fx(card::isSelected)).isTrue();
    }

    /** Seats held on the server right now. */
    private List<Long> held() {
        return sales.snapshot(event).seats().stream().filter(s -> s.status() == SeatStatus.HELD).map(SeatState::seatId).toList();
    }

    /** When the kiosk's held seats lapse, as the server has it. */
    private Instant heldUntil() {
        List<Instant> until = sales.snapshot(event).seats().stream().filter(s -> s.status() == SeatStatus.HELD)
                .map(SeatState::holdExpiresAt).distinct().toList();
        assertThat(until).hasSize(1);
        return until.get(0);
    }

    private String label(long seatId) {
        return seatIds.entrySet().stream().filter(e -> e.getValue() == seatId).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String decode(Image qr) {
        int w = (int) qr.getWidth();
        int h = (int) qr.getHeight();
        int[] argb = new int[w * h];
        qr.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        try {
            // PURE_BARCODE: the image is the code alone, as on screen; without it ZXing's finder misses some codes now and then
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb))),
                    Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (Exception e) {
            throw new AssertionError("the QR code does not scan", e);
        }
    }

    private static DataCleaner server() {
        return DataCleaner.of(TestServer.get().context());
    }

    private static org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return server().jdbc();
    }

    private static SeatMap map(FxRobot robot) {
        return robot.lookup("#seatMap").queryAs(SeatMap.class);
    }

    private static boolean visible(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).query().isVisible());
    }

    private static String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Reads screen state where it lives: on the FX thread (Awaitility polls from its own). */
    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
