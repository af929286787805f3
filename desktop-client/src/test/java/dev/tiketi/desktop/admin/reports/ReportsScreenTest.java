package dev.tiketi.desktop.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.admin.AdminPanel;
import dev.tiketi.desktop.admin.BooksScreens;
import dev.tiketi.desktop.admin.BooksWorld;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.support.TestClock;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reports section against the real server, in Korean: a day of counter and kiosk sales and a refund made
 * through the API; the tables show their exact totals, the channel filter narrows them, the CSV export is the
 * server's rows and the PDF prints the Korean event name. Closing the day: every drawer with its variance.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Messages m = new Messages(Locale.KOREAN);
    private Stage stage;
    private AdminPanel panel;
    private ReportsSection section;
    @TempDir
    Path exports;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (panel != null) {
            robot.interact(panel::close);
        }
    }

    @Test
    void salesShowExactTotalsNarrowByChannelAndExportToCsvAndPdf(FxRobot robot) throws Exception {
        BooksWorld world = new BooksWorld();
        ApiClient api = BooksScreens.adminClient();
        section = new ReportsSection(new ServerReports(api), m, Threads.terminal(), TestClock.CLOCK,
                (owner, name, extension) -> Optional.of(exports.resolve(name)));
        ReportsViewModel vm = section.viewModel();
        robot.interact(() -> panel = BooksScreens.show(stage, List.of(section)));
        // a day either side: the Seoul show's tickets fall on Seoul's day, which may be the server's tomorrow
        LocalDate today = LocalDate.now(TestClock.CLOCK);
        robot.interact(() -> {
            vm.fromProperty().set(today.minusDays(1));
            vm.toProperty().set(today.plusDays(1));
            vm.kindProperty().set(ReportKind.SALES_BY_CHANNEL);
        });

        long counterSold = world.counterCash.total() + world.counterCard.total();
        List<String> counter = List.of("매표소", "5", m.cash(counterSold), "2", m.cash(world.counterCash.total()), "0", m.cash(0),
                m.cash(world.counterCard.total()));
        List<String> kiosk = List.of("키오스크", "1", m.cash(world.kioskCard.total()), "0", m.cash(0), "0", m.cash(0),
                m.cash(world.kioskCard.total()));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).equals(List.of(counter, kiosk)));
        assertThat(fx(() -> rows("#reportTableTotals"))).containsExactly(List.of("합계", "6", m.cash(counterSold + world.kioskCard.total()),
                "2", m.cash(world.counterCash.total()), "0", m.cash(0), m.cash(world.counterCard.total() + world.kioskCard.total())));
        Screenshots.save(stage.getScene().getRoot(), "admin-reports-sales.png");

        // the refund: the whole cash sale, paid back in cash from the counter's drawer
        robot.interact(() -> vm.kindProperty().set(ReportKind.REFUNDS));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).size() == 1);
        long refunded = world.counterCash.total();
        assertThat(fx(() -> rows("#reportTable")).get(0).subList(1, 10)).containsExactly(world.counterCash.orderNo(), BooksWorld.SHOW,
                "매표소", "2", m.cash(refunded), m.cash(0), m.cash(refunded), "clerk", BooksWorld.COUNTER);
        Screenshots.save(stage.getScene().getRoot(), "admin-reports-refunds.png");
        robot.interact(() -> vm.kindProperty().set(ReportKind.SALES_BY_CHANNEL));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).equals(List.of(counter, kiosk)));

        // the kiosk only, checked in the ControlsFX check-combo
        robot.interact(() -> robot.lookup("#reportChannels").<CheckComboBox<Channel>>query().getCheckModel().check(Channel.KIOSK));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).equals(List.of(kiosk)));
        assertThat(fx(() -> rows("#reportTableTotals")).get(0)).containsExactly("합계", "1", m.cash(world.kioskCard.total()), "0",
                m.cash(0), "0", m.cash(0), m.cash(world.kioskCard.total()));

        // by event, kiosk only: the CSV is the server's rows for exactly this query, the PDF the table
        robot.interact(() -> vm.kindProperty().set(ReportKind.SALES_BY_EVENT));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).size() == 1 && fx(() -> rows("#reportTable")).get(0).get(0)
                .equals(BooksWorld.SHOW));
        robot.clickOn("#exportCsv");
        Path csv = exports.resolve("sales-by-event-" + today.minusDays(1) + ".csv");
        await().atMost(WAIT).until(() -> fx(() -> label("#reportsMessage")).equals(csv.getFileName() + " 저장됨."));
        SalesReport json = api.send("GET", ReportKind.SALES_BY_EVENT.path() + vm.query().toQueryString(), null, SalesReport.class);
        assertThat(vm.query().channels()).containsExactly(Channel.KIOSK);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(records).hasSize(json.rows().size() + 1);
        assertThat(records.get(0).get("event")).isEqualTo(BooksWorld.SHOW);
        assertThat(records.get(0).get("channel")).isEqualTo("KIOSK");
        assertThat(Long.parseLong(records.get(0).get("net"))).isEqualTo(world.kioskCard.total());
        assertThat(Long.parseLong(records.get(records.size() - 1).get("net"))).isEqualTo(json.totals().net());

        robot.clickOn("#exportPdf");
        Path pdf = exports.resolve("sales-by-event-" + today.minusDays(1) + ".pdf");
        await().atMost(WAIT).until(() -> fx(() -> label("#reportsMessage")).equals(pdf.getFileName() + " 저장됨."));
        String text = new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(1);
        assertThat(text).contains("공연별 판매", BooksWorld.SHOW, "키오스크", m.cash(world.kioskCard.total()));
    }

    @Test
    void theEndOfDayListsEveryDrawerOfTheDayWithItsVariance(FxRobot robot) {
        BooksWorld world = new BooksWorld();
        ApiClient api = BooksScreens.adminClient();
        section = new ReportsSection(new ServerReports(api), m, Threads.terminal(), TestClock.CLOCK,
                (owner, name, extension) -> Optional.empty());
        robot.interact(() -> {
            panel = BooksScreens.show(stage, List.of(section));
            section.viewModel().kindProperty().set(ReportKind.END_OF_DAY);
        });
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable")).size() == 1);
        List<String> drawer = fx(() -> rows("#reportTable")).get(0);
        assertThat(drawer.get(0)).isEqualTo("clerk");
        assertThat(drawer.get(1)).isEqualTo(BooksWorld.COUNTER);
        assertThat(drawer.subList(4, 8)).containsExactly(m.cash(100_000), m.cash(100_000), m.cash(99_000), m.cash(-1_000));
        // the day's tickets count on each venue's day: the Seoul show's may fall on Seoul's tomorrow
        assertThat(fx(() -> label("#reportNotes"))).contains("당일 티켓:", "시간대: ");
        assertThat(world.drawer).isPositive();
        Screenshots.save(stage.getScene().getRoot(), "admin-reports-end-of-day.png");

        // the same drawer in the cash sessions of today, added up by clerk (the second tab)
        robot.interact(() -> section.viewModel().kindProperty().set(ReportKind.CASH_SESSIONS));
        await().atMost(WAIT).until(() -> fx(() -> rows("#reportTable1")).size() == 1);
        assertThat(fx(() -> rows("#reportTable1")).get(0).subList(0, 5)).containsExactly("clerk", "1", m.cash(100_000),
                m.cash(99_000), m.cash(-1_000));
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String id) {
        TableView<List<String>> table = (TableView<List<String>>) stage.getScene().lookup(id);
        return table == null ? List.of() : List.copyOf(table.getItems());
    }

    private String label(String id) {
        return ((Label) stage.getScene().lookup(id)).getText();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
