package dev.tiketi.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The PDF on its own: Korean text survives, GA tickets without a venue print, and concurrent prints share the font safely. */
class TicketPdfTest {
    private static final String[] NAMES = {"이영희", "김철수", "박지민", "최수아", "정하늘", "강민준", "윤서연", "한도윤"};

    @Test
    void ticketsPrintedAtTheSameTimeEachKeepTheirOwnKoreanText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                OrderView order = order(i, NAMES[i % NAMES.length]);
                jobs.add(() -> new PdfTextExtractor(new PdfReader(TicketPdf.render(order))).getTextFromPage(2));
            }
            List<Future<String>> receipts = pool.invokeAll(jobs);
            for (int i = 0; i < receipts.size(); i++) {
                assertThat(receipts.get(i).get()).contains(NAMES[i % NAMES.length]).contains("가을 축제 " + i)
                        .contains("Receipt T" + (1_000_000 + i));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aGeneralAdmissionTicketWithoutAVenuePrintsItsEventsZone() throws Exception {
        String text = new PdfTextExtractor(new PdfReader(TicketPdf.render(order(1, "이영희")))).getTextFromPage(1);
        assertThat(text).contains("가을 축제 1").contains("입장권").contains("General admission")
                .contains("2027-10-03 20:00 +02:00 (Europe/Berlin)");
    }

    private static OrderView order(int i, String customer) {
        Instant starts = Instant.parse("2027-10-03T18:00:00Z");
        Instant bought = Instant.parse("2027-09-01T09:00:00Z");
        TicketView ticket = new TicketView(i, "CODE" + i, 7, "가을 축제 " + i, starts, null, null, 3, "GEN", "입장권", 20_000,
                TicketState.VALID, Channel.CLERK, bought, null, "Europe/Berlin");
        return new OrderView(i, "T" + (1_000_000 + i), 7, "가을 축제 " + i, starts, OrderState.PAID, Channel.CLERK, 20_000, 20_000,
                "KRW", customer, bought, List.of(ticket),
                List.of(new PaymentView(TenderType.CASH, false, 20_000, 20_000L, 0L, null, bought)), null, "Europe/Berlin");
    }
}
