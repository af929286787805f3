package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The seat map alone, headless: a 5,000-seat hall in every status, drawn and driven by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SeatMapRenderTest {
    private static final System.Logger LOG = System.getLogger(SeatMapRenderTest.class.getName());
    private SeatMap map;

    @Start
    void start(Stage stage) {
        map = new SeatMap();
        stage.setScene(new Scene(map, 1100, 700));
        stage.show();
    }

    static VenueLayout bigHall() {
        List<RowLayout> rows = new ArrayList<>();
        long id = 1;
        for (int r = 0; r < 50; r++) {
            List<SeatView> seats = new ArrayList<>();
            String row = r < 26 ? String.valueOf((char) ('A' + r)) : "A" + (char) ('A' + r - 26);
            for (int n = 1; n <= 100; n++) {
                seats.add(new SeatView(id++, "H-" + row + "-" + n, row, n, r < 10 ? "VIP" : "STD", n + (n > 50 ? 2 : 0), 3 + r, r == 49, false));
            }
            rows.add(new RowLayout(row, seats));
        }
        return new VenueLayout(1, "Arena", 5000, 20, 0, 62, 2, List.of(new SectionLayout(1, "H", "Hall", rows)));
    }

    @Test
    void fiveThousandSeatsInEveryStatusAreDrawnAndKeysMoveTheFocus(FxRobot robot) {
        VenueLayout hall = bigHall();
        Map<Long, SeatState> states = new HashMap<>();
        for (long id = 1; id <= 5000; id++) {
            SeatStatus s = id % 7 == 0 ? SeatStatus.SOLD : id % 11 == 0 ? SeatStatus.HELD : id % 97 == 0 ? SeatStatus.BLOCKED : SeatStatus.AVAILABLE;
            states.put(id, new SeatState(id, s, s == SeatStatus.HELD ? Instant.now().plusSeconds(200) : null));
        }
        robot.interact(() -> {
            map.setLayout(hall);
            map.getStates().putAll(states);
            map.getMine().addAll(List.of(2L, 3L));
        });
        long started = System.nanoTime();
        robot.interact(() -> map.layout());
        LOG.log(System.Logger.Level.INFO, String.format("seat map: 5,000 seats laid out and drawn in %.1f ms", (System.nanoTime() - started) / 1e6));
        robot.clickOn(map);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN);
        assertThat(map.focusedSeatProperty().get()).isEqualTo(103L);
        robot.type(KeyCode.SPACE, KeyCode.R);
        // the whole row B, but not its sold, held or blocked seats
        long takeable = hall.sections().get(0).rows().get(1).seats().stream().filter(s -> map.takeable(s.id())).count();
        assertThat(map.getSelection()).hasSize((int) takeable);
        Screenshots.save(map, "seatmap-5000.png");

        // a live push of two seats repaints two seats; the picture must match a full repaint
        SeatMapSkin skin = (SeatMapSkin) map.getSkin();
        long[] took = new long[2];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            map.getStates().put(5L, new SeatState(5, SeatStatus.SOLD, null));
            map.getStates().put(6L, new SeatState(6, SeatStatus.HELD, Instant.now().plusSeconds(60)));
            skin.paint();
            took[0] = System.nanoTime() - t0;
        });
        int[] partial = Screenshots.pixels(map);
        robot.interact(() -> {
            long t0 = System.nanoTime();
            skin.requestRedraw();
            skin.paint();
            took[1] = System.nanoTime() - t0;
        });
        // information for the README, not a pass mark (performance is measured in the bench module)
        LOG.log(System.Logger.Level.INFO, String.format("seat map: a push of 2 seats painted in %.2f ms; all 5,000 in %.1f ms", took[0] / 1e6, took[1] / 1e6));
        int[] whole = Screenshots.pixels(map);
        int differ = 0;
        int first = -1;
        for (int i = 0; i < Math.min(whole.length, partial.length); i++) {
            if (whole[i] != partial[i]) {
                differ++;
                first = first < 0 ? i : first;
            }
        }
        assertThat(differ).as("pixels differing from a full repaint, first at %d of width %d", first, (int) map.getWidth()).isZero();
    }

    @Test
    void atEveryZoomARepaintOfChangedSeatsMatchesAFullRepaintPixelForPixel(FxRobot robot) {
        VenueLayout hall = bigHall();
        robot.interact(() -> {
            map.setLayout(hall);
            for (long id = 1; id <= 5000; id++) {
                map.getStates().put(id, new SeatState(id, id % 5 == 0 ? SeatStatus.SOLD : SeatStatus.AVAILABLE, null));
            }
        });
        SeatMapSkin skin = (SeatMapSkin) map.getSkin();
        for (double zoom : new double[] {1.0, 1.8, 2.2, 9.0}) { // seats about 9, 16, 19 and 80 px across
            robot.interact(() -> {
                skin.zoomAt(zoom, 150, 150);
                map.focusedSeatProperty().set(103L); // a focused neighbour: its ring reaches into the repainted seats
                skin.requestRedraw();
                skin.paint();
            });
            robot.interact(() -> {
                map.getStates().put(102L, new SeatState(102, SeatStatus.HELD, Instant.now().plusSeconds(90)));
                map.getStates().put(104L, new SeatState(104, SeatStatus.SOLD, null));
                map.getSelection().add(2L);
                map.focusedSeatProperty().set(3L);
                skin.paint();
            });
            int[] partial = Screenshots.pixels(map);
            robot.interact(() -> {
                skin.requestRedraw();
                skin.paint();
            });
            assertThat(Screenshots.pixels(map)).as("zoom %s", zoom).isEqualTo(partial);
            robot.interact(() -> {
                map.getStates().put(102L, new SeatState(102, SeatStatus.AVAILABLE, null));
                map.getStates().put(104L, new SeatState(104, SeatStatus.AVAILABLE, null));
                map.getSelection().clear();
                skin.fitNow();
            });
        }
    }
}
