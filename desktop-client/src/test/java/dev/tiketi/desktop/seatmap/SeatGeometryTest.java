package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.seatmap.SeatGeometry.Direction;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeatGeometryTest {
    /** Two rows of five seats, one pitch apart, row A nearer the stage (smaller y); ids 11..15 and 21..25. */
    static VenueLayout hall() {
        List<RowLayout> rows = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<SeatView> seats = new ArrayList<>();
            String row = r == 0 ? "A" : "B";
            for (int n = 1; n <= 5; n++) {
                seats.add(new SeatView((r + 1) * 10L + n, "F-" + row + "-" + n, row, n, r == 0 ? "VIP" : "STD", n, 3 + r, n == 1, false));
            }
            rows.add(new RowLayout(row, seats));
        }
        return new VenueLayout(1, "Hall", 10, 1, 0, 5, 1, List.of(new SectionLayout(1, "F", "Floor", rows)));
    }

    private SeatGeometry g;

    @BeforeEach
    void fit() {
        g = new SeatGeometry(hall());
        g.fit(400, 300);
    }

    @Test
    void fittingKeepsEverySeatInsideTheArea() {
        for (SeatView s : g.seats()) {
            assertThat(g.screenX(s.x())).isBetween(0.0, 400.0);
            assertThat(g.screenY(s.y())).isBetween(0.0, 300.0);
        }
        assertThat(g.scale()).isBetween(SeatGeometry.MIN_SCALE, SeatGeometry.MAX_SCALE);
    }

    @Test
    void aClickOnASeatFindsItAndAClickBetweenSeatsFindsNone() {
        assertThat(g.seatAt(g.screenX(3), g.screenY(3))).isEqualTo(13L);
        assertThat(g.seatAt(g.screenX(3.3), g.screenY(4.2))).isEqualTo(23L);
        // between two seats of a row, on neither circle
        assertThat(g.seatAt(g.screenX(3.5), g.screenY(3))).isNull();
        assertThat(g.seatAt(-50, -50)).isNull();
    }

    @Test
    void aRectangleTakesTheSeatsWhoseCentresItCovers() {
        assertThat(g.seatsIn(g.screenX(1.5), g.screenY(2.5), g.screenX(3.5), g.screenY(4.5))).containsExactlyInAnyOrder(12L, 13L, 22L, 23L);
        // corners in either order
        assertThat(g.seatsIn(g.screenX(3.5), g.screenY(4.5), g.screenX(1.5), g.screenY(2.5))).hasSize(4);
    }

    @Test
    void aRowIsItsSeatsInOrder() {
        assertThat(g.row(23)).containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(g.row(999)).isEmpty();
    }

    @Test
    void arrowsFollowTheRowAndStepBetweenRows() {
        assertThat(g.neighbour(13, Direction.RIGHT)).isEqualTo(14L);
        assertThat(g.neighbour(13, Direction.LEFT)).isEqualTo(12L);
        assertThat(g.neighbour(13, Direction.DOWN)).isEqualTo(23L);
        assertThat(g.neighbour(23, Direction.UP)).isEqualTo(13L);
        assertThat(g.neighbour(15, Direction.RIGHT)).isNull();
        assertThat(g.neighbour(13, Direction.UP)).isNull();
    }

    @Test
    void zoomKeepsThePointUnderTheCursorAndIsBounded() {
        double px = g.screenX(2);
        double py = g.screenY(3);
        g.zoom(2, px, py);
        assertThat(g.screenX(2)).isCloseTo(px, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g.screenY(3)).isCloseTo(py, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 0; i < 50; i++) {
            g.zoom(2, 0, 0);
        }
        assertThat(g.scale()).isEqualTo(SeatGeometry.MAX_SCALE);
    }

    @Test
    void panningMovesEverything() {
        double x = g.screenX(1);
        g.pan(25, -10);
        assertThat(g.screenX(1)).isEqualTo(x + 25);
        assertThat(g.seatAt(g.screenX(1), g.screenY(3))).isEqualTo(11L);
    }

    @Test
    void followingASeatPansJustEnoughToShowItAndNoMore() {
        g.zoom(8, 0, 0);
        double w = 400;
        double h = 300;
        assertThat(g.follow(25, w, h, 10)).isTrue();
        double x = g.screenX(5);
        double y = g.screenY(4);
        double half = g.seatPixels() / 2 + 10;
        assertThat(x).isBetween(half - 1e-9, w - half + 1e-9);
        assertThat(y).isBetween(half - 1e-9, h - half + 1e-9);
        // already in view: nothing moves
        assertThat(g.follow(25, w, h, 10)).isFalse();
        assertThat(g.screenX(5)).isEqualTo(x);
    }

    @Test
    void theOverviewIsWantedOnlyWhileZoomedIn() {
        assertThat(g.zoomedIn(400, 300)).isFalse();
        g.zoom(3, 200, 150);
        assertThat(g.zoomedIn(400, 300)).isTrue();
        double[] v = g.viewport(400, 300);
        double[] b = g.planBounds();
        assertThat(v[2] - v[0]).isLessThan(b[2] - b[0]);
    }

    @Test
    void aFingersTargetIsTheWholeSeatPitch() {
        g.zoomTo(TouchBehavior.touchScale(), 0, 0);
        double pitch = g.scale();
        // 0.45 of a pitch off the centre: off the drawn circle, still this seat
        assertThat(g.seatAt(g.screenX(3) + 0.45 * pitch, g.screenY(3))).isNull();
        assertThat(g.seatNear(g.screenX(3) + 0.45 * pitch, g.screenY(3))).isEqualTo(13L);
        assertThat(g.seatNear(g.screenX(3), g.screenY(3) + 0.45 * pitch)).isEqualTo(13L);
        assertThat(g.seatNear(g.screenX(3) + 0.55 * pitch, g.screenY(3) + 0.55 * pitch)).isNull();
    }

    @Test
    void aTapOnTinySeatsZoomsToFingerSizeAndThenEverySeatIsAtLeast44PixelsAcross() {
        g.zoom(0.5, 200, 150);
        assertThat(g.seatPixels()).isLessThan(TouchBehavior.TARGET_PX);
        double x = g.screenX(3);
        double y = g.screenY(3);
        assertThat(TouchBehavior.tap(g, x, y)).as("the first tap only zooms").isNull();
        assertThat(g.seatPixels()).isGreaterThanOrEqualTo(TouchBehavior.TARGET_PX);
        // the zoom kept the tapped seat under the finger, and a tap anywhere on a 44 px disc around it hits it
        assertThat(TouchBehavior.tap(g, x, y)).isEqualTo(13L);
        for (int k = 0; k < 16; k++) {
            double a = k * Math.PI / 8;
            assertThat(TouchBehavior.tap(g, x + 21.9 * Math.cos(a), y + 21.9 * Math.sin(a))).as("angle %d/16", k).isEqualTo(13L);
        }
    }
}
