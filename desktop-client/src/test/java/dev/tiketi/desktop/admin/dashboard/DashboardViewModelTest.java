package dev.tiketi.desktop.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.live.SalesFigures.ActiveHold;
import dev.tiketi.model.live.SalesFigures.SalesFigure;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.StockSnapshot;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard's model without a toolkit: the snapshot's history becomes the charts, pushes add to it a point per bucket,
 * holds become rows, a forced release needs a reason.
 */
class DashboardViewModelTest {
    private static final Instant T0 = Instant.parse("2027-01-01T10:00:00Z");

    private final List<String> released = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private RuntimeException refuse;
    private final Map<Long, FakeFigures> opened = new java.util.HashMap<>();
    private final DashboardApi api = new DashboardApi() {
        @Override
        public List<EventSummary> events(String text) {
            return List.of(summary(7), summary(8));
        }

        @Override
        public SalesFigures sales(long eventId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forceRelease(String holdId, String reason) {
            if (refuse != null) {
                throw refuse;
            }
            released.add(holdId + ": " + reason);
        }
    };
    private DashboardViewModel vm;

    /** A sales feed the test pushes into by hand. */
    private static final class FakeFigures implements SalesFeeds.Figures {
        final Runnable changed;
        SalesFigures figures;
        SalesFigures snapshot;
        boolean closed;

        FakeFigures(Runnable changed) {
            this.changed = changed;
        }

        void push(SalesFigures f) {
            figures = f;
            changed.run();
        }

        /** A snapshot loaded (first, or again after a lost link), with its history. */
        void load(SalesFigures f) {
            snapshot = f;
            figures = f;
            changed.run();
        }

        @Override
        public SalesFigures figures() {
            return figures;
        }

        @Override
        public SalesFigures snapshot() {
            return snapshot;
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @BeforeEach
    void model() {
        SaleApi sale = (SaleApi) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SaleApi.class}, (p, method, args) -> {
            if (method.getName().equals("event")) {
                return new EventDetail((Long) args[0], "신년 음악회 2027", null, EventKind.GA, EventStatus.ON_SALE, T0.plusSeconds(86_400),
                        null, null, null, List.of(new TierView(1, "VIP", "VIP석", 150_000, null), new TierView(2, "R", "R석", 90_000, null)),
                        List.of(), 5, 15, 8, "KRW");
            }
            throw new UnsupportedOperationException(method.getName());
        });
        LiveFeeds stock = new LiveFeeds() {
            @Override
            public Seats seats(long eventId, Runnable changed) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stock stock(long eventId, Runnable changed) {
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
        };
        SalesFeeds feeds = (eventId, changed) -> {
            FakeFigures f = new FakeFigures(changed);
            opened.put(eventId, f);
            return f;
        };
        vm = new DashboardViewModel(api, feeds, new LiveEvent(sale, stock, Threads.direct()), Threads.direct(),
                Clock.fixed(T0, ZoneOffset.UTC));
        vm.onReleased(released::add);
        vm.onFailure(failures::add);
    }

    private static EventSummary summary(long id) {
        return new EventSummary(id, "공연 " + id, EventKind.GA, EventStatus.ON_SALE, T0.plusSeconds(86_400), null, null, null, null, 0, 0, "KRW");
    }

    private static SalesFigures figures(long eventId, int secondsLater, List<SalesFigure> sales, List<ActiveHold> holds) {
        int sold = sales.stream().mapToInt(SalesFigure::sold).sum();
        long revenue = sales.stream().mapToLong(SalesFigure::revenue).sum();
        int held = holds.stream().mapToInt(ActiveHold::items).sum();
        return new SalesFigures(eventId, T0.plusSeconds(secondsLater), sold, revenue, held, holds.size(), sales, holds, null);
    }

    private static SalesFigures withHistory(SalesFigures f, long bucketSeconds, SalesHistory.Point... points) {
        return new SalesFigures(f.eventId(), f.at(), f.sold(), f.revenue(), f.held(), f.holdCount(), f.byChannelAndTier(), f.activeHolds(),
                new SalesHistory(bucketSeconds, List.of(points)));
    }

    /** A point of the server's history: CLERK and KIOSK sold {@code clerk} and {@code kiosk} VIP tickets at 150,000. */
    private static SalesHistory.Point point(int secondsLater, int clerk, int kiosk) {
        return new SalesHistory.Point(T0.plusSeconds(secondsLater), clerk + kiosk, (clerk + kiosk) * 150_000L,
                List.of(new SalesHistory.ByChannel(Channel.CLERK, clerk, clerk * 150_000L),
                        new SalesHistory.ByChannel(Channel.KIOSK, kiosk, kiosk * 150_000L)),
                List.of(new SalesHistory.ByTier("VIP", clerk + kiosk, (clerk + kiosk) * 150_000L)));
    }

    private static List<SalesFigure> vip(int clerk, int kiosk) {
        return List.of(new SalesFigure(Channel.CLERK, "VIP", clerk, clerk * 150_000L),
                new SalesFigure(Channel.KIOSK, "VIP", kiosk, kiosk * 150_000L));
    }

    private static ActiveHold hold(String id, String terminal, int secondsLeft) {
        return new ActiveHold(id, 3, terminal, 2, 300_000, T0.plusSeconds(secondsLeft), false);
    }

    private void choose(long id) {
        vm.picker().load();
        vm.picker().chosenProperty().set(vm.picker().events().stream().filter(e -> e.id() == id).findFirst().orElseThrow());
    }

    @Test
    void eachChangeOfTheFiguresInAnotherMinuteBecomesOnePointSplitByChannelOrTier() {
        choose(7);
        FakeFigures feed = opened.get(7L);
        feed.push(figures(7, 0, List.of(new SalesFigure(Channel.CLERK, "VIP", 2, 300_000)), List.of()));
        feed.push(figures(7, 60, List.of(new SalesFigure(Channel.CLERK, "VIP", 2, 300_000), new SalesFigure(Channel.KIOSK, "R", 1, 90_000)),
                List.of()));
        // only a hold changed: no new point on the sales charts
        feed.push(figures(7, 120, List.of(new SalesFigure(Channel.CLERK, "VIP", 2, 300_000), new SalesFigure(Channel.KIOSK, "R", 1, 90_000)),
                List.of(hold("7-A", "counter-1", 300))));
        feed.push(figures(7, 180, List.of(new SalesFigure(Channel.CLERK, "VIP", 3, 450_000), new SalesFigure(Channel.KIOSK, "R", 1, 90_000),
                new SalesFigure(Channel.CLERK, "R", 1, 90_000)), List.of()));

        assertThat(vm.samples()).extracting(SalesSample::soldBy).containsExactly(
                Map.of("CLERK", 2), Map.of("CLERK", 2, "KIOSK", 1), Map.of("CLERK", 4, "KIOSK", 1));
        assertThat(vm.samples().get(2).revenueBy()).isEqualTo(Map.of("CLERK", 540_000L, "KIOSK", 90_000L));
        assertThat(vm.figuresProperty().get().sold()).isEqualTo(5);

        vm.breakdownProperty().set(SalesSample.Breakdown.TIER);
        assertThat(vm.samples()).extracting(SalesSample::soldBy).containsExactly(
                Map.of("VIP", 2), Map.of("VIP", 2, "R", 1), Map.of("VIP", 3, "R", 2));
    }

    @Test
    void theChartsStartFromTheServersHistoryThenPushesKeepOnePointPerBucket() {
        choose(7);
        FakeFigures feed = opened.get(7L);
        // opened at 10:02:30, the sale began at 10:00:10: one-minute buckets, the last point is the snapshot's moment
        feed.load(withHistory(figures(7, 150, vip(2, 1), List.of(hold("7-A", "counter-1", 300))), 60,
                point(0, 0, 0), point(60, 2, 0), point(120, 2, 1), point(150, 2, 1)));
        assertThat(vm.samples()).extracting(SalesSample::at)
                .containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(150));
        assertThat(vm.samples()).extracting(SalesSample::soldBy).containsExactly(Map.of("CLERK", 0, "KIOSK", 0),
                Map.of("CLERK", 2, "KIOSK", 0), Map.of("CLERK", 2, "KIOSK", 1), Map.of("CLERK", 2, "KIOSK", 1));
        assertThat(vm.holds()).extracting(HoldRow::holdId).containsExactly("7-A");
        assertThat(vm.figuresProperty().get().sold()).isEqualTo(3);

        feed.push(figures(7, 160, vip(3, 1), List.of())); // 10:02:40: still the minute of the snapshot's point, which it replaces
        feed.push(figures(7, 170, vip(3, 1), List.of(hold("7-B", "kiosk-1", 300)))); // a hold only: no point
        feed.push(figures(7, 190, vip(4, 1), List.of())); // 10:03:10: a new minute, a new point
        feed.push(figures(7, 200, vip(4, 2), List.of())); // 10:03:20: replaces it
        assertThat(vm.samples()).extracting(SalesSample::at)
                .containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(160), T0.plusSeconds(200));
        assertThat(vm.samples()).extracting(SalesSample::soldBy).containsExactly(Map.of("CLERK", 0, "KIOSK", 0),
                Map.of("CLERK", 2, "KIOSK", 0), Map.of("CLERK", 2, "KIOSK", 1), Map.of("CLERK", 3, "KIOSK", 1),
                Map.of("CLERK", 4, "KIOSK", 2));
        assertThat(vm.samples().get(4).revenueBy()).isEqualTo(Map.of("CLERK", 600_000L, "KIOSK", 300_000L));

        vm.breakdownProperty().set(SalesSample.Breakdown.TIER);
        assertThat(vm.samples()).extracting(SalesSample::soldBy).containsExactly(Map.of("VIP", 0), Map.of("VIP", 2), Map.of("VIP", 3),
                Map.of("VIP", 4), Map.of("VIP", 6));
    }

    @Test
    void aSnapshotLoadedAgainReplacesTheChartsWithItsHistory() {
        choose(7);
        FakeFigures feed = opened.get(7L);
        feed.load(withHistory(figures(7, 30, vip(1, 0), List.of()), 60, point(0, 0, 0), point(30, 1, 0)));
        feed.push(figures(7, 100, vip(2, 0), List.of()));
        // the link was down from 10:01:40 to 10:05:30: the reload brings the minutes this terminal missed
        feed.load(withHistory(figures(7, 330, vip(5, 1), List.of()), 60, point(0, 0, 0), point(60, 1, 0), point(120, 2, 0),
                point(180, 3, 0), point(240, 5, 0), point(300, 5, 1), point(330, 5, 1)));
        assertThat(vm.samples()).extracting(s -> s.soldBy().get("CLERK")).containsExactly(0, 1, 2, 3, 5, 5, 5);
        // a push older than the new snapshot never reaches the feed's figures (the feed drops it); a newer one follows it
        feed.push(figures(7, 400, vip(6, 1), List.of()));
        assertThat(vm.samples()).extracting(SalesSample::at).last().isEqualTo(T0.plusSeconds(400));
        assertThat(vm.samples()).hasSize(8);
    }

    @Test
    void beforeTheFirstSaleTheLinesStartAtTheSnapshot() {
        choose(7);
        FakeFigures feed = opened.get(7L);
        feed.load(withHistory(figures(7, 10, List.of(), List.of()), 60));
        assertThat(vm.samples()).singleElement().satisfies(s -> assertThat(s.soldBy()).isEmpty());
        feed.push(figures(7, 20, vip(1, 0), List.of())); // the same minute: the first point stays, the lines begin at zero
        feed.push(figures(7, 25, vip(2, 0), List.of()));
        assertThat(vm.samples()).extracting(SalesSample::at).containsExactly(T0.plusSeconds(10), T0.plusSeconds(25));
        assertThat(vm.samples().get(1).soldBy()).isEqualTo(Map.of("CLERK", 2, "KIOSK", 0));
    }

    @Test
    void anotherEventStartsWithEmptyChartsAndTheOldFeedIsClosed() {
        choose(7);
        opened.get(7L).push(figures(7, 0, List.of(new SalesFigure(Channel.ONLINE, "R", 4, 360_000)), List.of(hold("7-A", null, 60))));
        choose(8);
        assertThat(opened.get(7L).closed).isTrue();
        assertThat(vm.samples()).isEmpty();
        assertThat(vm.holds()).isEmpty();
        assertThat(vm.figuresProperty().get()).isNull();
        // a late push of the old event changes nothing
        opened.get(7L).push(figures(7, 5, List.of(new SalesFigure(Channel.ONLINE, "R", 9, 810_000)), List.of()));
        assertThat(vm.samples()).isEmpty();
    }

    @Test
    void holdsCountDownOnTheTerminalsClockAndStopAtZero() {
        MutableClockHolder.run(this);
    }

    @Test
    void aForcedReleaseSendsTheTrimmedReasonAndTheRowLeavesAtOnce() {
        choose(7);
        opened.get(7L).push(figures(7, 0, List.of(), List.of(hold("7-A", "kiosk-2", 200), hold("7-B", "counter-1", 400))));
        assertThat(vm.holds()).extracting(HoldRow::holdId).containsExactly("7-A", "7-B");

        vm.forceRelease(vm.holds().get(0), "  자리를 비운 키오스크 ");

        assertThat(released).containsExactly("7-A: 자리를 비운 키오스크", "7-A");
        assertThat(vm.holds()).extracting(HoldRow::holdId).containsExactly("7-B");
    }

    @Test
    void aRefusedReleaseIsReportedAndTheRowStays() {
        choose(7);
        opened.get(7L).push(figures(7, 0, List.of(), List.of(hold("7-A", "kiosk-2", 200))));
        refuse = new ApiException(409, "REQUEST_IN_PROGRESS", "being paid");
        vm.forceRelease(vm.holds().get(0), "stuck");
        assertThat(failures).singleElement().isSameAs(refuse);
        assertThat(vm.holds()).hasSize(1);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(value = {
            // nothing typed
            "'', dashboard.release.reasonMissing",
            // only spaces
            "'   ', dashboard.release.reasonMissing",
            // a real reason, Korean
            "'단말기 방치', ",
            // exactly the longest the server takes
            "LEN200, ",
            // one too many
            "LEN201, dashboard.release.reasonTooLong",
    }, nullValues = "")
    void aReasonMustBeSaidAndFitTheAuditLog(String reason, String problem) {
        String text = reason == null ? "" : reason.startsWith("LEN") ? "가".repeat(Integer.parseInt(reason.substring(3))) : reason;
        assertThat(DashboardViewModel.reasonProblem(text)).isEqualTo(problem);
    }

    @Test
    void noReasonNoCall() {
        choose(7);
        opened.get(7L).push(figures(7, 0, List.of(), List.of(hold("7-A", "kiosk-2", 200))));
        assertThatThrownBy(() -> vm.forceRelease(vm.holds().get(0), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(released).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} s -> {1}")
    @CsvSource({
            // under a minute
            "9, 0:09",
            // minutes and seconds
            "754, 12:34",
            // an hour or more shows hours
            "3725, 1:02:05",
            // expired: never negative
            "-5, 0:00",
    })
    void countdownsReadAsMinutesAndSeconds(long seconds, String text) {
        assertThat(HoldRow.countdown(Duration.ofSeconds(seconds))).isEqualTo(text);
    }

    /** The countdown test needs a clock that moves: a model of its own. */
    private static final class MutableClockHolder {
        static void run(DashboardViewModelTest t) {
            Instant[] now = {T0};
            Clock clock = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            Map<Long, FakeFigures> feeds = new java.util.HashMap<>();
            LiveEvent live = new LiveEvent((SaleApi) Proxy.newProxyInstance(t.getClass().getClassLoader(), new Class<?>[] {SaleApi.class},
                    (p, m, a) -> {
                        throw new UnsupportedOperationException();
                    }), new LiveFeeds() {
                        @Override
                        public Seats seats(long eventId, Runnable changed) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public Stock stock(long eventId, Runnable changed) {
                            throw new UnsupportedOperationException();
                        }
                    }, Threads.direct());
            DashboardViewModel vm = new DashboardViewModel(t.api, (id, changed) -> {
                FakeFigures f = new FakeFigures(changed);
                feeds.put(id, f);
                return f;
            }, live, Threads.direct(), clock);
            vm.open(7L);
            feeds.get(7L).push(figures(7, 0, List.of(), List.of(hold("7-A", "kiosk-2", 90))));
            HoldRow row = vm.holds().get(0);
            assertThat(HoldRow.countdown(row.left(vm.nowProperty().get()))).isEqualTo("1:30");
            now[0] = T0.plusSeconds(31);
            vm.tick();
            assertThat(HoldRow.countdown(row.left(vm.nowProperty().get()))).isEqualTo("0:59");
            now[0] = T0.plusSeconds(200);
            vm.tick();
            assertThat(HoldRow.countdown(row.left(vm.nowProperty().get()))).isEqualTo("0:00");
        }
    }
}
