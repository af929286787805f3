package dev.tiketi.desktop.admin.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.SystemFigures;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The system panel's model: reads become chart points, queues get their event's name, a down server is said once. */
class SystemViewModelTest {
    private static final Instant T0 = Instant.parse("2027-01-01T10:00:00Z");
    private final List<String> calls = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private RuntimeException down;
    private int reads;

    private final SystemApi api = new SystemApi() {
        @Override
        public SystemFigures figures() {
            calls.add("figures");
            if (down != null) {
                throw down;
            }
            reads++;
            return new SystemFigures(T0.plusSeconds(3L * reads), 4, 3 * 1024 * 1024, 0, 12, 5, 9,
                    List.of(new SystemFigures.QueueFigures(5, 30, 10, 42.5), new SystemFigures.QueueFigures(6, 1, 0, null)));
        }

        @Override
        public List<EventSummary> events() {
            calls.add("events");
            return List.of(new EventSummary(5, "봄 콘서트", EventKind.RESERVED, EventStatus.ON_SALE, T0, null, null, null, null, 0, 0, "KRW"));
        }
    };

    @Test
    void eachReadIsAPointAndQueuesAreNamedOnce() {
        SystemViewModel vm = new SystemViewModel(api, Threads.direct());
        vm.refresh();
        vm.refresh();
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.queues()).extracting(SystemViewModel.QueueRow::event).containsExactly("봄 콘서트", "#6");
        // event 6 is not listed (not on sale): its name is asked for again, event 5's is not needed
        assertThat(calls).containsExactly("figures", "events", "figures", "events");
        assertThat(SystemViewModel.memoryShare(vm.figuresProperty().get())).as("no Redis limit").isEqualTo(-1);
        assertThat(SystemViewModel.megabytes(3 * 1024 * 1024)).isEqualTo("3.0");
    }

    @Test
    void aServerThatStopsAnsweringIsReportedOnceUntilItAnswersAgain() {
        SystemViewModel vm = new SystemViewModel(api, Threads.direct());
        vm.onFailure(failures::add);
        down = new ApiException(0, ApiException.UNREACHABLE, "down");
        vm.refresh();
        vm.refresh();
        assertThat(failures).hasSize(1);
        assertThat(vm.reachableProperty().get()).isFalse();
        down = null;
        vm.refresh();
        assertThat(vm.reachableProperty().get()).isTrue();
        assertThat(vm.history()).hasSize(1);
    }
}
