package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
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
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The seat map alone, headless: a 5,000-seat hall in two tiers and every status, drawn and driven by the
 * keyboard; tier colours and status patterns read from the pixels.
 */
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

    static final List<TierView> TIERS = List.of(new TierView(1, "VIP", "VIP", 150_000, null), new TierView(2, "STD", "Standard", 60_000, null));

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
            map.getTiers().setAll(TIERS);
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

    /** "none", or how many pixels differ and the rectangle around them. */
    static String difference(int[] a, int[] b, int width) {
        int n = 0;
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
                x0 = Math.min(x0, i % width);
                x1 = Math.max(x1, i % width);
                y0 = Math.min(y0, i / width);
                y1 = Math.max(y1, i / width);
            }
        }
        return n == 0 && a.length == b.length ? "none" : n + " pixels in x " + x0 + ".." + x1 + ", y " + y0 + ".." + y1;
    }

    @Test
    void atEveryZoomARepaintOfChangedSeatsMatchesAFullRepaintPixelForPixel(FxRobot robot) {
        VenueLayout hall = bigHall();
        robot.interact(() -> {
            map.getTiers().setAll(TIERS);
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
            int[] whole = Screenshots.pixels(map);
            assertThat(difference(whole, partial, (int) map.getWidth())).as("zoom %s: pixels differing from a full repaint", zoom).isEqualTo("none");
            robot.interact(() -> {
                map.getStates().put(102L, new SeatState(102, SeatStatus.AVAILABLE, null));
                map.getStates().put(104L, new SeatState(104, SeatStatus.AVAILABLE, null));
                map.getSelection().clear();
                skin.fitNow();
            });
        }
    }

    /**
     * Two rows of six seats, one pitch apart, big on screen: row A tier VIP, row B tier STD, and in each row the
     * statuses in this order: available, chosen, mine, held, sold, blocked. Ids 11..16 and 21..26.
     */
    static VenueLayout twoTierRows() {
        List<RowLayout> rows = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<SeatView> seats = new ArrayList<>();
            String row = r == 0 ? "A" : "B";
            for (int n = 1; n <= 6; n++) {
                seats.add(new SeatView((r + 1) * 10L + n, "F-" + row + "-" + n, row, n, r == 0 ? "VIP" : "STD", n, 3 + r * 1.2, false, false));
            }
            rows.add(new RowLayout(row, seats));
        }
        return new VenueLayout(1, "Hall", 12, 1, 0, 6, 1, List.of(new SectionLayout(1, "F", "Floor", rows)));
    }

    private static final SeatStatus[] COLUMN_STATUS = {SeatStatus.AVAILABLE, SeatStatus.AVAILABLE, SeatStatus.HELD, SeatStatus.HELD,
            SeatStatus.SOLD, SeatStatus.BLOCKED};

    private void showTwoTierRows(FxRobot robot) {
        robot.interact(() -> {
            map.getTiers().setAll(TIERS);
            map.setLayout(twoTierRows());
            for (int r = 1; r <= 2; r++) {
                for (int n = 1; n <= 6; n++) {
                    long id = r * 10L + n;
                    SeatStatus s = COLUMN_STATUS[n - 1];
                    map.getStates().put(id, new SeatState(id, s, s == SeatStatus.HELD ? Instant.now().plusSeconds(100) : null));
                }
                map.getSelection().add(r * 10L + 2);
                map.getMine().add(r * 10L + 3);
            }
        });
        robot.interact(() -> ((SeatMapSkin) map.getSkin()).paint());
    }

    private double[] centre(long seatId) {
        SeatGeometry g = ((SeatMapSkin) map.getSkin()).geometry();
        SeatView s = g.seat(seatId);
        return new double[] {g.screenX(s.x()), g.screenY(s.y()), g.seatPixels()};
    }

    @Test
    void seatsOfTwoTiersAreFilledWithTheirTwoPaletteColours(FxRobot robot) {
        showTwoTierRows(robot);
        int[] px = Screenshots.pixels(map);
        int width = (int) map.getWidth();
        SeatPalette palette = map.getPalette();
        int vip = argb(palette.tierColour(0));
        int std = argb(palette.tierColour(1));
        assertThat(vip).isNotEqualTo(std);
        double[] a = centre(11);
        double[] b = centre(21);
        assertThat(a[2]).as("seat diameter").isGreaterThan(60);
        assertThat(px[(int) a[1] * width + (int) a[0]]).as("VIP seat's centre").isEqualTo(vip);
        assertThat(px[(int) b[1] * width + (int) b[0]]).as("Standard seat's centre").isEqualTo(std);
        // the same in the legend's reading of the palette: the map's tier order decides
        robot.interact(() -> map.getTiers().setAll(TIERS.get(1), TIERS.get(0)));
        robot.interact(() -> ((SeatMapSkin) map.getSkin()).paint());
        px = Screenshots.pixels(map);
        assertThat(px[(int) a[1] * width + (int) a[0]]).as("VIP is now the second tier").isEqualTo(std);
        Screenshots.save(map, "seatmap-statuses.png");
    }

    /**
     * Each status leaves the same marks (pattern and letter: every pixel that is not the seat's fill) in a VIP
     * seat as in a Standard one, and different marks from every other status.
     */
    @Test
    void eachStatusKeepsItsOwnPatternAndLetterWhateverTheTierColour(FxRobot robot) {
        showTwoTierRows(robot);
        int[] px = Screenshots.pixels(map);
        int width = (int) map.getWidth();
        boolean[][] vipMarks = new boolean[6][];
        boolean[][] stdMarks = new boolean[6][];
        for (int n = 1; n <= 6; n++) {
            vipMarks[n - 1] = marks(px, width, 10 + n);
            stdMarks[n - 1] = marks(px, width, 20 + n);
        }
        for (int i = 0; i < 6; i++) {
            assertThat(disagreement(vipMarks[i], stdMarks[i])).as("%s column %d: VIP vs Standard", COLUMN_STATUS[i], i + 1).isLessThan(0.02);
            for (int j = 0; j < i; j++) {
                assertThat(disagreement(vipMarks[i], vipMarks[j])).as("column %d vs %d", i + 1, j + 1).isGreaterThan(0.03);
            }
        }
    }

    /**
     * A seat watched for a customer keeps its status marks and gains a dashed ring in the palette's watch colour
     * (no tier's); the ring is repainted with the seat alone, exactly as a full paint draws it, and goes when the
     * seat is no longer watched.
     */
    @Test
    void aWatchedSeatGetsADashedRingBesideItsStatusMarks(FxRobot robot) {
        showTwoTierRows(robot);
        SeatMapSkin skin = (SeatMapSkin) map.getSkin();
        int width = (int) map.getWidth();
        long held = 14; // a VIP seat held by someone else: the one a customer waits for
        SeatPalette palette = map.getPalette();
        assertThat(palette.tiers()).as("the ring is no tier's colour").doesNotContain(palette.watch());
        int[] before = Screenshots.pixels(map);
        robot.interact(() -> {
            map.getWatched().add(held);
            skin.paint(); // the watched seat alone
        });
        int[] partial = Screenshots.pixels(map);
        robot.interact(() -> {
            skin.requestRedraw();
            skin.paint();
        });
        int[] watched = Screenshots.pixels(map);
        assertThat(difference(watched, partial, width)).as("one seat's repaint vs a full one").isEqualTo("none");

        double[] c = centre(held);
        double ring = c[2] / 2 + SeatPainter.watchGap(c[2], palette.strokeScale());
        int inked = 0;
        int gaps = 0;
        for (int k = 0; k < 360; k++) {
            double a = Math.toRadians(k);
            boolean ink = false;
            boolean bare = true;
            for (double dr = -1.5; dr <= 1.5; dr += 0.5) {
                int x = (int) Math.round(c[0] + (ring + dr) * Math.cos(a));
                int y = (int) Math.round(c[1] + (ring + dr) * Math.sin(a));
                int px = watched[y * width + x];
                ink |= near(px, argb(palette.watch()), 90);
                bare &= px == before[y * width + x];
            }
            inked += ink ? 1 : 0;
            gaps += bare ? 1 : 0;
        }
        assertThat(inked).as("degrees of the ring in the watch colour").isGreaterThan(150);
        assertThat(gaps).as("degrees left bare between dashes: dashed, so it reads without colour").isGreaterThan(60);
        int r = (int) (c[2] / 2 * 0.85);
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int i = ((int) c[1] + dy) * width + (int) c[0] + dx;
                if (dx * dx + dy * dy <= r * r && watched[i] != before[i]) {
                    throw new AssertionError("the held seat's own marks changed at " + dx + "," + dy);
                }
            }
        }

        robot.interact(() -> {
            map.getWatched().remove(held);
            skin.paint();
        });
        assertThat(difference(before, Screenshots.pixels(map), width)).as("no longer watched: as before").isEqualTo("none");
    }

    private static boolean near(int argb, int other, int tolerance) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs((argb >> shift & 0xff) - (other >> shift & 0xff));
        }
        return d <= tolerance;
    }

    /** Inside the seat's circle (short of its outline): true where the pixel is not the seat's fill colour. */
    private boolean[] marks(int[] px, int width, long seatId) {
        double[] c = centre(seatId);
        SeatView seat = ((SeatMapSkin) map.getSkin()).geometry().seat(seatId);
        SeatLook.Role role = map.getMine().contains(seatId) ? SeatLook.Role.MINE
                : map.getSelection().contains(seatId) ? SeatLook.Role.SELECTED : SeatLook.Role.NOBODY;
        String tier = map.getPalette().tierColour(seat.tierCode().equals("VIP") ? 0 : 1);
        int fill = argb(map.getPalette().look(map.status(seatId), role, false, tier).fill());
        int r = (int) (c[2] / 2 * 0.85);
        boolean[] out = new boolean[(2 * r + 1) * (2 * r + 1)];
        int k = 0;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                boolean inside = dx * dx + dy * dy <= r * r;
                out[k++] = inside && px[((int) c[1] + dy) * width + (int) c[0] + dx] != fill;
            }
        }
        return out;
    }

    private static double disagreement(boolean[] a, boolean[] b) {
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += a[i] != b[i] ? 1 : 0;
        }
        return differ / (double) a.length;
    }

    static int argb(String hex) {
        Color c = Color.web(hex);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
