package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.counter.CounterController;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Seats that are not the server's (a snapshot that could not be loaded): the counter says so in a banner, dims
 * the map and will not hold or take payment until they are up to date again. The feeds are the test's, so it
 * can make them stale and then live; everything else is the real server.
 */
@ExtendWith(ApplicationExtension.class)
class StaleSeatsScreenTest {
    private Stage stage;
    private CounterViewModel vm;
    @TempDir
    Path prints;

    /** Seats a test marks stale or up to date; stock never arrives. */
    static final class SwitchableSeats implements LiveFeeds {
        volatile long version = -1;
        volatile Runnable changed = () -> { };

        @Override
        public Seats seats(long eventId, Runnable onChange) {
            changed = onChange;
            onChange.run();
            return new Seats() {
                @Override
                public Map<Long, SeatState> seats() {
                    return Map.of();
                }

                @Override
                public long version() {
                    return version;
                }

                @Override
                public boolean live() {
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Stock stock(long eventId, Runnable onChange) {
            return new Stock() {
                @Override
                public StockSnapshot stock() {
                    return null;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> vm.close());
    }

    @Test
    void staleSeatsShowABannerDimTheMapAndStopSelling(FxRobot robot) {
        TestServer.reset();
        Api admin = TestServer.api();
        String token = admin.login("admin", IntegrationTest.PASSWORD);
        Fixtures fixtures = new Fixtures(admin, token);
        fixtures.publishedEvent(Fixtures.onSale("신년 음악회 2027", fixtures.venue(Fixtures.smallVenue("세종문화회관"))));
        ApiClient api = new ApiClient(URI.create(TestServer.base()), "counter-8");
        api.login("clerk", IntegrationTest.PASSWORD);
        SwitchableSeats feeds = new SwitchableSeats();
        Messages m = new Messages(Locale.ENGLISH);
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            vm = new CounterViewModel(api, m, Threads.terminal(), Clock.systemUTC(), feeds);
            CounterController counter = new CounterController(vm, prints, FXCollections.observableArrayList(""));
            Scene scene = new Scene(TiketiApp.load("counter/Counter.fxml", m, counter, counter.till()), 1280, 800);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        ListView<EventSummary> list = robot.lookup("#eventList").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> !list.getItems().isEmpty()));
        robot.interact(() -> list.getSelectionModel().select(0));

        Label banner = robot.lookup("#offlineBanner").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> vm.live().eventProperty().get() != null && banner.isVisible()));
        assertThat(fx(banner::getText)).startsWith("Not live: the seats may be out of date.");
        assertThat(fx(() -> robot.lookup("#holdButton").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#seatMap").query().getOpacity())).isLessThan(1.0);
        assertThat(fx(() -> vm.canHold().get())).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "counter-stale.png");

        feeds.version = 12; // the snapshot loads again
        robot.interact(() -> feeds.changed.run());
        await().atMost(Duration.ofSeconds(3)).until(() -> fx(() -> !banner.isVisible()));
        assertThat(fx(() -> robot.lookup("#holdButton").queryAs(Button.class).isDisabled())).isFalse();
        assertThat(fx(() -> robot.lookup("#seatMap").query().getOpacity())).isEqualTo(1.0);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
