package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.catalog.GeneratedLayouts;
import dev.tiketi.server.demo.DemoHall;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The demo's Grand Hall in tier colours with its legend, whole and zoomed in with the overview, in English and
 * Korean: pictures under target/screenshots, each checked for what it must show.
 */
@ExtendWith(ApplicationExtension.class)
class SeatMapPicturesTest {
    /** The Korean-capable font Tiketi bundles in shared-model, when it is on the class path. */
    private static final String KOREAN_FONT = "/dev/tiketi/fonts/NanumSquareR.ttf";

    private SeatMap map;
    private SeatLegend legend;
    private VBox screen;

    @Start
    void start(Stage stage) {
        map = new SeatMap();
        legend = new SeatLegend();
        screen = new VBox(8, map, legend);
        screen.setStyle("-fx-padding: 8; -fx-background-color: white;");
        VBox.setVgrow(map, Priority.ALWAYS);
        stage.setScene(new Scene(screen, 1200, 780));
        stage.show();
    }

    private void grandHall(FxRobot robot, Locale locale) {
        VenueLayout hall = GeneratedLayouts.of("Grand Hall", DemoHall.sections());
        List<TierView> tiers = new ArrayList<>();
        DemoHall.tiers().forEach(t -> tiers.add(new TierView(tiers.size() + 1, t.code(), t.name(), t.price(), null)));
        Messages messages = new Messages(locale);
        Random random = new Random(7);
        robot.interact(() -> {
            map.getTiers().setAll(tiers);
            legend.getTiers().setAll(tiers);
            legend.currencyProperty().set(Currency.getInstance(Locale.KOREA).getCurrencyCode());
            legend.messagesProperty().set(messages);
            legend.watchShownProperty().set(true); // as on the counter
            map.localize(messages);
            String family = koreanFamily();
            if (family != null) {
                map.fontFamilyProperty().set(family);
                screen.setStyle(screen.getStyle() + "-fx-font-family: '" + family + "';");
            }
            map.setLayout(hall);
            for (var section : hall.sections()) {
                for (var row : section.rows()) {
                    for (SeatView s : row.seats()) {
                        double roll = random.nextDouble();
                        SeatStatus status = s.blocked() ? SeatStatus.BLOCKED : roll < 0.35 ? SeatStatus.SOLD : roll < 0.42 ? SeatStatus.HELD : SeatStatus.AVAILABLE;
                        map.getStates().put(s.id(), new SeatState(s.id(), status, status == SeatStatus.HELD ? Instant.now().plusSeconds(300) : null));
                    }
                }
            }
            map.chosenTierProperty().set(tiers.get(1));
        });
        Long cursor = map.focusedSeatProperty().get();
        assertThat(cursor).as("the cursor on the R tier's best seat").isNotNull();
        assertThat(skin().geometry().seat(cursor).tierCode()).isEqualTo("R");
        robot.interact(() -> {
            SeatGeometry g = skin().geometry();
            g.row(cursor).stream().filter(id -> map.takeable(id)).limit(2).forEach(map.getSelection()::add);
            g.best("VIP", 2, false, map::takeable).forEach(map.getMine()::add);
            // a customer waits for the held seat nearest the cursor
            SeatView at = g.seat(cursor);
            g.seats().stream().filter(x -> map.status(x.id()) == SeatStatus.HELD)
                    .min(java.util.Comparator.comparingDouble(x -> Math.hypot(x.x() - at.x(), x.y() - at.y())))
                    .ifPresent(x -> map.getWatched().add(x.id()));
        });
        assertThat(map.getWatched()).hasSize(1);
    }

    private static String koreanFamily() {
        try (InputStream in = SeatMapPicturesTest.class.getResourceAsStream(KOREAN_FONT)) {
            Font font = in == null ? null : Font.loadFont(in, 12);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            return null;
        }
    }

    private SeatMapSkin skin() {
        return (SeatMapSkin) map.getSkin();
    }

    @Test
    void theGrandHallInTierColoursWithItsLegendWholeAndZoomedInEnglish(FxRobot robot) {
        pictures(robot, Locale.ENGLISH, "en");
        assertThat(map.stageTextProperty().get()).isEqualTo("STAGE");
    }

    @Test
    void theGrandHallInKorean(FxRobot robot) {
        pictures(robot, Locale.KOREAN, "ko");
        assertThat(map.stageTextProperty().get()).isEqualTo("무대");
    }

    private void pictures(FxRobot robot, Locale locale, String suffix) {
        grandHall(robot, locale);
        // five tiers with prices, then available, chosen, mine, held, sold, blocked, wheelchair space, watched
        assertThat(legend.getChildren()).hasSize(5 + 8);
        robot.interact(() -> skin().paint());
        assertThat(skin().geometry().zoomedIn(map.getWidth(), map.getHeight())).isFalse();
        Screenshots.save(screen, "seatmap-tiers-" + suffix + ".png");

        Long cursor = map.focusedSeatProperty().get();
        robot.interact(() -> {
            SeatView s = skin().geometry().seat(cursor);
            skin().zoomAt(4, skin().geometry().screenX(s.x()), skin().geometry().screenY(s.y()));
            skin().paint();
        });
        assertThat(skin().geometry().zoomedIn(map.getWidth(), map.getHeight())).isTrue();
        // the overview's frame of the view, in the accent colour, in the bottom-right corner
        int[] px = Screenshots.pixels(map);
        int width = (int) map.getWidth();
        int height = (int) map.getHeight();
        int accent = SeatMapRenderTest.argb(map.getPalette().accent());
        int inCorner = 0;
        for (int y = height - 130; y < height; y++) {
            for (int x = width - 190; x < width; x++) {
                inCorner += px[y * width + x] == accent ? 1 : 0;
            }
        }
        assertThat(inCorner).as("overview frame pixels").isGreaterThan(20);
        Screenshots.save(screen, "seatmap-zoomed-" + suffix + ".png");
    }
}
