package dev.tiketi.desktop.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.CashTotals;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.admin.SalesReportRow;
import dev.tiketi.model.admin.SalesTotals;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.Channel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports section's model, without the toolkit: filters become queries, rows add up, exports write what is shown. */
class ReportsViewModelTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final EventSummary SPRING = new EventSummary(7, "봄 콘서트", EventKind.RESERVED, EventStatus.ON_SALE,
            Instant.parse("2026-12-24T10:00:00Z"), null, null, 3L, "예술의전당", 50_000, 90_000, "KRW");

    private final FakeReports api = new FakeReports();
    private final Messages m = new Messages(Locale.ENGLISH, SEOUL);
    private final ReportsViewModel vm = new ReportsViewModel(api, m, Threads.direct(),
            Clock.fixed(DAY.atTime(12, 0).atZone(SEOUL).toInstant(), SEOUL));
    @TempDir
    Path dir;

    @Test
    void salesByChannelAddsTheServersRowsUpAlongTheChannelAndKeepsTheServersTotals() {
        vm.start();
        vm.kindProperty().set(ReportKind.SALES_BY_CHANNEL);

        ReportTable.Part part = vm.tableProperty().get().parts().get(0);
        // rows: counter (two tiers, two events), kiosk (one row); totals straight from the server
        assertThat(part.rows()).containsExactly(
                List.of("Counter", "3", "₩230,000", "1", "₩90,000", "0", "₩0", "₩140,000"),
                List.of("Kiosk", "1", "₩50,000", "0", "₩0", "0", "₩0", "₩50,000"));
        assertThat(part.totals()).containsExactly("Total", "4", "₩280,000", "1", "₩90,000", "0", "₩0", "₩190,000");
        assertThat(vm.messageProperty().get()).isEqualTo("2 rows.");
    }

    @Test
    void salesByEventAndByTierGroupTheSameRowsDifferently() {
        vm.start();
        assertThat(vm.tableProperty().get().parts().get(0).rows()).extracting(r -> r.get(0) + " " + r.get(7))
                .containsExactly("봄 콘서트 ₩140,000", "스탠딩 ₩50,000");
        vm.kindProperty().set(ReportKind.SALES_BY_TIER);
        assertThat(vm.tableProperty().get().parts().get(0).rows()).extracting(r -> r.get(0))
                .containsExactly("봄 콘서트 · R석", "봄 콘서트 · S석", "스탠딩 · 입장권");
    }

    @Test
    void everyFilterGoesIntoTheQueryAndEachChangeAsksAgain() {
        vm.start();
        int before = api.queries.size();
        vm.eventProperty().set(SPRING);
        vm.channels().setAll(Channel.CLERK, Channel.ONLINE);
        vm.tierProperty().set(new TierView(71, "R", "R석", 90_000, null));
        vm.fromProperty().set(DAY.minusDays(6));

        ReportQuery last = api.queries.get(api.queries.size() - 1);
        assertThat(last).isEqualTo(new ReportQuery(DAY.minusDays(6), DAY, 7L, null, null, null, null,
                List.of(Channel.CLERK, Channel.ONLINE), 71L));
        assertThat(last.toQueryString()).isEqualTo("?from=2026-11-26&to=2026-12-02&event=7&channel=CLERK&channel=ONLINE&tier=71");
        assertThat(api.queries.size() - before).as("one question per change (the event's also clears the tier)").isGreaterThanOrEqualTo(4);
        assertThat(vm.tiers()).extracting(TierView::name).containsExactly("R석", "S석");
        assertThat(vm.tableProperty().get().notes()).contains("Event: 봄 콘서트", "Channels: Counter, Online", "Tier: R석",
                "Days: Nov 26, 2026 – Dec 2, 2026");
    }

    @Test
    void aSlowAnswerToAnEarlierChoiceDoesNotReplaceTheLatest() {
        List<Runnable> pending = new ArrayList<>();
        ReportsViewModel slow = new ReportsViewModel(api, m, new Threads(pending::add, Runnable::run),
                Clock.fixed(DAY.atTime(12, 0).atZone(SEOUL).toInstant(), SEOUL));
        slow.start();
        slow.kindProperty().set(ReportKind.SALES_BY_CHANNEL);
        // the events, the first load (by event), the second (by channel): the second answers first
        pending.get(2).run();
        pending.get(1).run();
        assertThat(slow.tableProperty().get().title()).isEqualTo("Sales by channel");
        assertThat(slow.busyProperty().get()).isFalse();
    }

    @Test
    void aLastDayBeforeTheFirstAsksNothingAndSaysSo() {
        vm.start();
        int before = api.queries.size();
        vm.toProperty().set(DAY.minusDays(1));
        assertThat(api.queries).hasSize(before);
        assertThat(vm.messageProperty().get()).isEqualTo("The last day is before the first.");
        assertThat(vm.errorProperty().get()).isTrue();
    }

    @Test
    void endOfDayAsksForTheDayInTheChosenEventsVenueAndListsEveryDrawer() {
        vm.start();
        vm.eventProperty().set(SPRING);
        vm.kindProperty().set(ReportKind.END_OF_DAY);

        assertThat(api.queries.get(api.queries.size() - 1)).isEqualTo(ReportQuery.endOfDay(DAY, 3L));
        ReportTable t = vm.tableProperty().get();
        assertThat(t.parts()).extracting(ReportTable.Part::title).containsExactly("Drawers", "By clerk", "By terminal");
        assertThat(t.parts().get(0).rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(7))
                .containsExactly("김민지 매표소 1 -₩500", "이서준 매표소 2 open");
        assertThat(t.parts().get(0).totals()).containsExactly("Total", "2 drawers", "", "1 still open", "₩200,000", "₩260,000",
                "₩149,500", "-₩500");
        assertThat(t.notes()).contains("Day: Dec 2, 2026", "Time zone: Asia/Seoul");
    }

    @Test
    void aRefusalIsShownAsASentenceAndKeepsTheLastTable() {
        vm.start();
        ReportTable shown = vm.tableProperty().get();
        api.refuse = true;
        vm.kindProperty().set(ReportKind.REFUNDS);
        assertThat(vm.tableProperty().get()).isSameAs(shown);
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theCsvIsTheServersForTheQueryOnScreen() throws Exception {
        vm.start();
        vm.channels().setAll(Channel.KIOSK);
        Path file = dir.resolve(vm.suggestedName("csv"));
        vm.exportCsv(file);
        assertThat(file.getFileName().toString()).isEqualTo("sales-by-event-2026-12-02.csv");
        assertThat(Files.readString(file)).isEqualTo("sales|?from=2026-12-02&to=2026-12-02&channel=KIOSK");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved sales-by-event-2026-12-02.csv.");
    }

    @Test
    void thePdfPrintsTheTablesCellsInTheKoreanFont() throws Exception {
        vm.start();
        Path file = dir.resolve("r.pdf");
        vm.exportPdf(file);
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Sales by event", "봄 콘서트", "스탠딩", "₩190,000");
    }

    @Test
    void numbersSortByValueNotAsText() {
        assertThat(ReportTableView.number("₩1,234,000")).isEqualTo(1_234_000L);
        assertThat(ReportTableView.number("-₩500")).isEqualTo(-500L);
        assertThat(ReportTableView.number("—")).isEqualTo(Long.MIN_VALUE);
    }

    /** Two events, three tiers, counter and kiosk; two drawers, one closed 500 short. */
    private static final class FakeReports implements ReportsApi {
        final List<ReportQuery> queries = new ArrayList<>();
        boolean refuse;

        @Override
        public List<EventSummary> events() {
            return List.of(SPRING);
        }

        @Override
        public List<TierView> tiers(long eventId) {
            return List.of(new TierView(71, "R", "R석", 90_000, null), new TierView(72, "S", "S석", 50_000, null));
        }

        @Override
        public SalesReport sales(ReportQuery q) {
            queries.add(q);
            List<SalesReportRow> rows = List.of(
                    new SalesReportRow(7, "봄 콘서트", DAY, Channel.CLERK, 71, "R", "R석", "KRW", 2, 180_000, 1, 90_000, 0, 0, 90_000),
                    new SalesReportRow(7, "봄 콘서트", DAY, Channel.KIOSK, 72, "S", "S석", "KRW", 1, 50_000, 0, 0, 0, 0, 50_000),
                    new SalesReportRow(8, "스탠딩", DAY, Channel.CLERK, 81, "GA", "입장권", "KRW", 1, 50_000, 0, 0, 0, 0, 50_000));
            return new SalesReport(q.from(), q.to(), q.event(), rows, new SalesTotals(4, 280_000, 1, 90_000, 0, 0, 190_000));
        }

        @Override
        public RefundReport refunds(ReportQuery q) {
            queries.add(q);
            if (refuse) {
                throw new ApiException(503, null, "busy");
            }
            return new RefundReport(q.from(), q.to(), q.event(), List.of(), 0, 0);
        }

        @Override
        public ExchangeReport exchanges(ReportQuery q) {
            queries.add(q);
            return new ExchangeReport(q.from(), q.to(), q.event(), List.of(), 0);
        }

        @Override
        public CashSessionsReport cashSessions(ReportQuery q) {
            queries.add(q);
            return new CashSessionsReport(q.from(), q.to(), "Asia/Seoul", drawers(), List.of(), List.of(), total());
        }

        @Override
        public EndOfDayReport endOfDay(ReportQuery q) {
            queries.add(q);
            return new EndOfDayReport(q.date(), "Asia/Seoul", drawers(),
                    List.of(new CashTotals("김민지", 1, 0, 100_000, 150_000, 149_500, -500, 50_000, 0, 0, 0)),
                    List.of(new CashTotals("매표소 1", 1, 0, 100_000, 150_000, 149_500, -500, 50_000, 0, 0, 0)), total(),
                    new SalesTotals(4, 280_000, 1, 90_000, 0, 0, 190_000));
        }

        private static List<CashReport> drawers() {
            Instant at = DAY.atTime(9, 0).atZone(SEOUL).toInstant();
            return List.of(new CashReport(1, 11, "김민지", "매표소 1", at, at.plusSeconds(8 * 3600), 100_000, 150_000, 149_500L, -500L,
                            List.of(), 1, 1, 0, 0, 0),
                    new CashReport(2, 12, "이서준", "매표소 2", at, null, 100_000, 110_000, null, null, List.of(), 1, 1, 0, 0, 0));
        }

        private static CashTotals total() {
            return new CashTotals("all", 2, 1, 200_000, 260_000, 149_500, -500, 60_000, 0, 0, 0);
        }

        @Override
        public byte[] csv(ReportKind kind, ReportQuery q) {
            return (kind.path().substring(kind.path().lastIndexOf('/') + 1) + "|" + q.toQueryString()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
