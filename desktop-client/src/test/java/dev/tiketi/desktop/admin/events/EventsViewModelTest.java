package dev.tiketi.desktop.admin.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.CancelChoice;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.sales.SeatsSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The events section without a toolkit: what each state allows, and cancel only after the summary and a choice. */
class EventsViewModelTest {
    private static final Instant NOW = Instant.parse("2027-01-10T03:00:00Z");
    private final FakeEvents api = new FakeEvents();
    private final EventsViewModel vm = new EventsViewModel(api, new Messages(Locale.ENGLISH, ZoneId.of("Asia/Seoul")),
            Threads.direct(), Clock.fixed(NOW, ZoneId.of("UTC")));

    private static EventDetail event(EventStatus status) {
        return new EventDetail(5, "신년 음악회", null, EventKind.RESERVED, status, NOW.plusSeconds(86_400 * 30), NOW,
                NOW.plusSeconds(86_400 * 29), new VenueSummary(3, "세종문화회관", null, 74, "Asia/Seoul"),
                List.of(new TierView(1, "VIP", "VIP석", 100_000, null)), List.of(), 5, 20, 10, "KRW");
    }

    @Test
    void whatCanBeDoneFollowsTheEventsState() {
        assertThat(vm.canPublish().get()).as("a new event is saved first").isFalse();
        api.detail = event(EventStatus.DRAFT);
        vm.open(summary());
        assertThat(vm.canPublish().get()).isTrue();
        assertThat(vm.canClose().get()).isFalse();
        assertThat(vm.canCancel().get()).isTrue();
        api.detail = event(EventStatus.ON_SALE);
        vm.open(summary());
        assertThat(vm.canPublish().get()).isFalse();
        assertThat(vm.canClose().get()).isTrue();
        api.detail = event(EventStatus.CANCELLED);
        vm.open(summary());
        assertThat(vm.canCancel().get()).isFalse();
        assertThat(vm.canSave().get()).isFalse();
        assertThat(vm.killable(vm.editingProperty().get())).isFalse();
    }

    @Test
    void cancelShowsTheSummaryFirstAndSendsOnlyTheAdminsChoice() {
        api.detail = event(EventStatus.ON_SALE);
        vm.open(summary());
        AtomicReference<CancelSummary> shown = new AtomicReference<>();

        vm.prepareCancel(shown::set);

        assertThat(api.cancels).as("nothing is sent before the admin chose").isEmpty();
        assertThat(vm.summaryLines(shown.get())).containsExactly(
                "5 orders with 8 valid tickets (8 seats, 0 standing).",
                "Paid for them: ₩370,000.",
                "Refunding all sends ₩290,000 back to the cards and pays ₩80,000 in cash from the drawer open at this terminal.",
                "Flagging keeps the orders paid and lists each in the audit log (ORDER_FLAGGED) for follow-up.");

        api.detail = event(EventStatus.CANCELLED);
        vm.cancel(shown.get().eventId(), CancelChoice.REFUND_ALL, "  공연자 사정  ");

        assertThat(api.cancels).containsExactly(new EventCancelRequest(CancelChoice.REFUND_ALL, "공연자 사정"));
        assertThat(vm.messageProperty().get()).isEqualTo("Event 신년 음악회 cancelled; every order refunded.");
    }

    @Test
    void anEarlierEventsAnswerArrivingLateDoesNotReplaceTheLatestChoice() {
        List<Runnable> background = new java.util.ArrayList<>();
        EventsViewModel slow = new EventsViewModel(api, new Messages(Locale.ENGLISH, ZoneId.of("Asia/Seoul")),
                new Threads(background::add, Runnable::run), Clock.fixed(NOW, ZoneId.of("UTC")));
        slow.open(summary()); // the admin clicks one event...
        slow.open(summary()); // ...then another before the first answer came

        api.detail = event(EventStatus.ON_SALE);
        background.get(1).run();
        api.detail = event(EventStatus.DRAFT);
        background.get(0).run();

        assertThat(slow.editingProperty().get().status()).as("the latest choice's answer stays").isEqualTo(EventStatus.ON_SALE);
    }

    @Test
    void anEventWithNothingSoldSaysSo() {
        assertThat(vm.summaryLines(new CancelSummary(5, "x", 0, 0, 0, 0, 0, 0, 0, "KRW")))
                .containsExactly("Nothing has been sold: no order is touched.");
    }

    @Test
    void savingAnInvalidFormSendsNothing() {
        vm.newEvent();
        vm.save();
        assertThat(api.created).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Some fields need fixing; they are marked.");
    }

    private static EventSummary summary() {
        return new EventSummary(5, "신년 음악회", EventKind.RESERVED, EventStatus.DRAFT, NOW, NOW, NOW, 3L, "세종문화회관", 0, 0, "KRW");
    }

    private static final class FakeEvents implements EventAdminApi {
        EventDetail detail;
        final List<EventRequest> created = new ArrayList<>();
        final List<EventCancelRequest> cancels = new ArrayList<>();

        @Override
        public List<EventSummary> events() {
            return List.of(summary());
        }

        @Override
        public EventDetail event(long id) {
            return detail;
        }

        @Override
        public List<VenueSummary> venues() {
            return List.of(new VenueSummary(3, "세종문화회관", null, 74, "Asia/Seoul"));
        }

        @Override
        public List<String> seatTiers(long venueId) {
            return List.of("VIP");
        }

        @Override
        public EventDetail create(EventRequest request) {
            created.add(request);
            return detail;
        }

        @Override
        public EventDetail update(long id, EventRequest request) {
            return detail;
        }

        @Override
        public EventDetail publish(long id) {
            return detail;
        }

        @Override
        public EventDetail close(long id) {
            return detail;
        }

        @Override
        public CancelSummary cancelSummary(long id) {
            return new CancelSummary(5, "신년 음악회", 5, 8, 8, 0, 370_000, 290_000, 80_000, "KRW");
        }

        @Override
        public EventDetail cancel(long id, EventCancelRequest request) {
            cancels.add(request);
            return detail;
        }

        @Override
        public SeatKillsView kills(long eventId) {
            return new SeatKillsView(eventId, List.of());
        }

        @Override
        public SeatKillsView kill(long eventId, SeatKillRequest request) {
            return new SeatKillsView(eventId, List.of());
        }

        @Override
        public SeatKillsView free(long eventId, SeatFreeRequest request) {
            return new SeatKillsView(eventId, List.of());
        }

        @Override
        public SeatsSnapshot seats(long eventId) {
            throw new UnsupportedOperationException();
        }
    }
}
