package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tickets and receipts print Korean (issue 14, item 2) with the font bundled in shared-model, on a machine
 * with no Korean font installed, and give the show time in the venue's zone, named.
 */
class KoreanTicketTest extends IntegrationTest {
    private static final String VENUE = "세종문화회관 대극장";
    private static final String EVENT = "신년 음악회 2027";

    @Test
    void aTicketAndItsReceiptPrintKoreanTheVenueAndTheShowTimeInTheVenuesZone() throws Exception {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        Sales sales = new Sales(api);
        long venueId = fixtures.venue(new VenueRequest(VENUE, "서울 종로구 세종대로 175", Fixtures.smallVenue(VENUE).sections(), "Asia/Seoul"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // 10:30 UTC is 19:30 in Seoul
        Instant starts = Instant.parse("2027-01-01T10:30:00Z");
        long event = fixtures.publishedEvent(new EventRequest(EVENT, null, EventKind.RESERVED, venueId, starts,
                now.minus(Duration.ofDays(1)), starts, List.of(new TierSpec("VIP", "VIP석", 100_000, null),
                new TierSpec("STD", "일반석", 50_000, null), new TierSpec("BAL", "발코니석", 30_000, null)),
                null, null, null, null));
        assertThat(api.get("/api/admin/venues/" + venueId, admin).as(VenueRequest.class).timeZone()).isEqualTo("Asia/Seoul");
        assertThat(api.get("/api/events/" + event, null).body().get("venue").get("timeZone").asString()).isEqualTo("Asia/Seoul");
        HoldView hold = sales.holdSeats(event, clerk, "counter-1", sales.seatIds(venueId).get("FLR-C-1")).as(HoldView.class);
        Api.Res bought = api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new OrderRequest(hold.holdId(),
                        PaymentRequest.of(Tender.card(Sales.CARD)), "이영희")), "application/json", clerk,
                Map.of(Headers.TERMINAL, "counter-1", Headers.IDEMPOTENCY_KEY, "korean-ticket-1"));
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        OrderView order = bought.as(OrderView.class);

        PdfReader pdf = new PdfReader(api.bytes("/api/orders/" + order.id() + "/tickets.pdf", clerk));
        assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        String ticket = text.getTextFromPage(1);
        assertThat(ticket).contains(EVENT).contains("일반석").contains(VENUE).contains("2027-01-01 19:30 +09:00 (Asia/Seoul)")
                .contains("FLR-C-1").contains(order.tickets().get(0).code());
        String receipt = text.getTextFromPage(2);
        assertThat(receipt).contains("이영희").contains(EVENT).contains(VENUE).contains("50,000");
    }
}
