package dev.tiketi.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiketi.model.catalog.EventQuery;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.sales.OrderQuery;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void koreanSearchTextIsPercentEncodedAsUtf8AndDecodesBackExactly() {
        String query = EventQuery.search(" 신년 음악회 & 갈라+ ", 100).toQueryString();

        assertEquals("?q=%EC%8B%A0%EB%85%84%20%EC%9D%8C%EC%95%85%ED%9A%8C%20%26%20%EA%B0%88%EB%9D%BC%2B&size=100", query);
        // what a server reads back: the stripped text, '&' and '+' kept as text, the space not turned into '+'
        assertEquals("q=신년 음악회 & 갈라+&size=100", URI.create("http://h/api/events" + query).getQuery());
    }

    @Test
    void blankAndMissingValuesAreLeftOut() {
        assertEquals("?size=100", EventQuery.search("   ", 100).toQueryString());
        assertEquals("?size=100", EventQuery.search(null, 100).toQueryString());
        assertEquals("", new EventQuery(null, null, null, null, null, null).toQueryString());
    }

    @Test
    void everyEventParameterUsesItsSharedName() {
        EventQuery q = new EventQuery(EventStatus.ON_SALE, "합창", Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-02-01T00:00:00Z"), 2, 50);

        assertEquals("?status=ON_SALE&q=%ED%95%A9%EC%B0%BD&from=2027-01-01T00%3A00%3A00Z&to=2027-02-01T00%3A00%3A00Z&page=2&size=50",
                q.toQueryString());
    }

    @Test
    void anOrderLookUpByKoreanNameOrDateOrEvent() {
        assertEquals("?name=%EA%B9%80%EB%AF%BC%EC%A4%80&size=50", OrderQuery.byName("김민준", 50).toQueryString());
        assertEquals("?date=2026-12-24&size=50", OrderQuery.byDate(LocalDate.of(2026, 12, 24), 50).toQueryString());
        assertEquals("?code=ABCDEFGHJKLMNPQRSTUVWXYZ23&orderNo=T0042&event=7&page=1&size=20",
                new OrderQuery("ABCDEFGHJKLMNPQRSTUVWXYZ23", "T0042", null, 7L, null, 1, 20).toQueryString());
    }
}
