package dev.tiketi.desktop.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.AuditAction;
import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.admin.AuditQuery;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The audit log's model, without the toolkit: filters become the query, pages move within bounds, details read whole. */
class AuditViewModelTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final EventSummary SPRING = new EventSummary(7, "봄 콘서트", EventKind.RESERVED, EventStatus.ON_SALE,
            Instant.parse("2026-12-24T10:00:00Z"), null, null, 3L, "예술의전당", 50_000, 90_000, "KRW");

    private final FakeAudit api = new FakeAudit();
    private final AuditViewModel vm = new AuditViewModel(api, new Messages(Locale.ENGLISH, SEOUL), Threads.direct());

    @Test
    void choicesSearchAtOnceFromTheFirstPageAndTypedFiltersOnSearch() {
        vm.start();
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        vm.actions().setAll(AuditAction.ORDER_REFUNDED, AuditAction.TICKETS_REPRINTED);
        assertThat(vm.pageProperty().get()).as("a new filter starts from the newest").isZero();
        vm.actorProperty().set(" 김민지 ");
        vm.terminalProperty().set("매표소 1");
        int asked = api.queries.size();
        vm.eventProperty().set(SPRING);
        vm.fromProperty().set(LocalDate.of(2026, 12, 1));
        vm.toProperty().set(LocalDate.of(2026, 12, 2));
        assertThat(api.queries.size() - asked).isEqualTo(3);

        AuditQuery q = api.queries.get(api.queries.size() - 1);
        // days in the terminal's zone (Seoul, UTC+9): from the first midnight to the midnight after the last day
        assertThat(q).isEqualTo(new AuditQuery("김민지", List.of("ORDER_REFUNDED", "TICKETS_REPRINTED"), 7L, "매표소 1",
                Instant.parse("2026-11-30T15:00:00Z"), Instant.parse("2026-12-02T15:00:00Z"), 0, AuditViewModel.PAGE_SIZE));
    }

    @Test
    void pagesStayWithinTheLog() {
        vm.start();
        assertThat(vm.pagesProperty().get()).isEqualTo(3);
        assertThat(vm.messageProperty().get()).isEqualTo("Page 1 of 3 · 120 entries");
        vm.previous();
        assertThat(api.queries).hasSize(1);
        vm.next();
        vm.next();
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(2);
        assertThat(vm.entries()).hasSize(20);
        assertThat(api.queries).hasSize(3);
    }

    @Test
    void anEntrysDetailsNameEveryFactAndUnknownActionsKeepTheirName() {
        vm.start();
        AuditEntryView refund = vm.entries().get(0);
        vm.selectedProperty().set(refund);
        assertThat(vm.detailsProperty().get()).isEqualTo("""
                When: Dec 2, 2026, 7:30 PM
                Who: 김민지
                Terminal: 매표소 1
                Action: Order refunded (ORDER_REFUNDED)
                On: order #42
                Event: 봄 콘서트

                tickets: 2
                reason: 고객 요청
                amount: ₩180,000""");
        vm.selectedProperty().set(vm.entries().get(1));
        assertThat(vm.detailsProperty().get()).contains("Who: system", "Action: LASER_SHOW (LASER_SHOW)", "Event: #99");
        assertThat(vm.summary(refund)).isEqualTo("tickets=2, reason=고객 요청, amount=₩180,000");
    }

    @Test
    void everyActionOfTheProtocolIsOffered() {
        assertThat(AuditActions.ALL).hasSize(28).contains(AuditAction.SIGNED_IN, AuditAction.SEATS_FREED, AuditAction.ORDER_FLAGGED);
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.KOREAN)) {
            java.util.ResourceBundle texts = new dev.tiketi.desktop.ui.Messages(locale).bundle();
            assertThat(AuditActions.ALL).as("translated in %s", locale).allMatch(a -> texts.containsKey("audit.action." + a));
        }
    }

    /** 120 entries: a refund, an action from a newer server, then sign-ins. */
    private static final class FakeAudit implements AuditApi {
        final List<AuditQuery> queries = new ArrayList<>();

        @Override
        public PageResponse<AuditEntryView> search(AuditQuery q) {
            queries.add(q);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("tickets", 2);
            details.put("reason", "고객 요청");
            details.put("amount", 180_000);
            Instant at = Instant.parse("2026-12-02T10:30:00Z");
            List<AuditEntryView> all = new ArrayList<>();
            all.add(new AuditEntryView(120, at, 11L, "김민지", "매표소 1", "ORDER_REFUNDED", "order", 42L, 7L, details));
            all.add(new AuditEntryView(119, at, null, null, null, "LASER_SHOW", null, null, 99L, Map.of()));
            IntStream.range(0, 118).forEach(i -> all.add(new AuditEntryView(118 - i, at, 12L, "이서준", "매표소 2", "SIGNED_IN",
                    "user", 12L, null, Map.of())));
            int from = q.page() * q.size();
            return new PageResponse<>(all.subList(from, Math.min(all.size(), from + q.size())), q.page(), q.size(), all.size());
        }

        @Override
        public List<EventSummary> events() {
            return List.of(SPRING);
        }
    }
}
