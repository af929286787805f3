package dev.tiketi.desktop.admin.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.model.queue.QueueWhatIf;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queue control's model without a toolkit: the form checks what the server checks, and apply waits for the what-if. */
class QueueControlViewModelTest {
    private static final Instant T0 = Instant.parse("2027-01-01T10:00:00Z");
    private final List<String> calls = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private QueueSettings inForce = new QueueSettings(QueueMode.AUTO, 100, 60, 300, 60);
    private long waiting = 40;
    private QueueControlViewModel vm;

    private final QueueAdminApi api = new QueueAdminApi() {
        @Override
        public List<EventSummary> events(String text) {
            return List.of(new EventSummary(5, "봄 콘서트", EventKind.RESERVED, EventStatus.ON_SALE, T0.plusSeconds(3600), null, null, null,
                    null, 0, 0, "KRW"));
        }

        @Override
        public QueueAdminView view(long eventId) {
            calls.add("view " + eventId);
            return adminView();
        }

        @Override
        public QueueWhatIf whatIf(long eventId, int threshold, int rate) {
            calls.add("what-if " + eventId + " " + threshold + " " + rate);
            return new QueueWhatIf(eventId, threshold, rate, waiting, 10, 30.0, Math.min(rate, 30.0 * threshold / 100), true, 5, 80, 100L);
        }

        @Override
        public QueueAdminView update(long eventId, QueueSettings settings) {
            calls.add("update " + eventId + " " + settings);
            inForce = settings;
            return adminView();
        }

        @Override
        public QueueAdminView clear(long eventId) {
            calls.add("clear " + eventId);
            waiting = 0;
            return adminView();
        }
    };

    private QueueAdminView adminView() {
        return new QueueAdminView(new QueueSummary(5, inForce.mode(), waiting, 10, inForce.threshold(), 1, 30.0), waiting == 0 ? null : 95L,
                inForce);
    }

    @BeforeEach
    void model() {
        vm = new QueueControlViewModel(api, Threads.direct(), Clock.fixed(T0, ZoneOffset.UTC));
        vm.onNotice(notices::add);
        vm.picker().load();
        vm.picker().chosenProperty().set(vm.picker().events().get(0));
    }

    @Test
    void choosingAnEventReadsTheLineAndFillsTheFormWithTheSettingsInForce() {
        assertThat(calls).containsExactly("view 5");
        assertThat(vm.modeProperty().get()).isEqualTo(QueueMode.AUTO);
        assertThat(vm.field(SettingField.THRESHOLD).get()).isEqualTo("100");
        assertThat(vm.field(SettingField.ABANDON_TIMEOUT).get()).isEqualTo("60");
        assertThat(vm.history()).singleElement().satisfies(s -> {
            assertThat(s.waiting()).isEqualTo(40);
            assertThat(s.oldestWaitSeconds()).isEqualTo(95L);
        });
        // later reads move the monitor but leave what the admin is typing alone
        vm.field(SettingField.THRESHOLD).set("250");
        vm.refresh();
        assertThat(vm.field(SettingField.THRESHOLD).get()).isEqualTo("250");
        assertThat(vm.history()).hasSize(2);
    }

    @Test
    void applyWaitsForTheWhatIfOfExactlyTheValuesOnTheForm() {
        vm.modeProperty().set(QueueMode.FORCED_ON);
        vm.field(SettingField.THRESHOLD).set("200");
        assertThat(vm.canApplyProperty().get()).as("no projection shown yet").isFalse();
        vm.apply();
        assertThat(calls).doesNotContain("update");

        vm.preview();
        assertThat(vm.whatIfProperty().get().threshold()).isEqualTo(200);
        assertThat(vm.canApplyProperty().get()).isTrue();

        vm.field(SettingField.RATE).set("120");
        assertThat(vm.canApplyProperty().get()).as("the rate changed after the projection").isFalse();
        vm.preview();
        vm.apply();

        assertThat(calls).containsExactly("view 5", "what-if 5 200 60", "what-if 5 200 120",
                "update 5 QueueSettings[mode=FORCED_ON, threshold=200, admissionsPerMinute=120, idleTimeoutSeconds=300, abandonTimeoutSeconds=60]");
        assertThat(notices).containsExactly("queueControl.applied");
        assertThat(vm.whatIfProperty().get()).as("a projection is for a change not yet made").isNull();
        assertThat(vm.currentProperty().get().settings().threshold()).isEqualTo(200);
    }

    @Test
    void clearingEmptiesTheMonitor() {
        vm.clear();
        assertThat(calls).containsExactly("view 5", "clear 5");
        assertThat(vm.currentProperty().get().summary().waiting()).isZero();
        assertThat(notices).containsExactly("queueControl.cleared");
    }

    @Test
    void anInvalidFieldBlocksPreviewAndApply() {
        vm.field(SettingField.IDLE_TIMEOUT).set("10");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.settings()).isNull();
        vm.preview();
        assertThat(calls).containsExactly("view 5");
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2}")
    @CsvSource(value = {
            // the smallest threshold the server takes
            "THRESHOLD, 1, ",
            // zero admitted at once would never let anyone in
            "THRESHOLD, 0, queueControl.field.range",
            // thousands separators are fine
            "RATE, '1,000', ",
            // a million and one is over the server's bound
            "RATE, 1000001, queueControl.field.range",
            // fractions are not admissions
            "RATE, 2.5, queueControl.field.notWhole",
            // Korean text is not a number
            "RATE, 백, queueControl.field.notWhole",
            // negative
            "THRESHOLD, -3, queueControl.field.notWhole",
            // empty
            "IDLE_TIMEOUT, '', queueControl.field.missing",
            // idle timeout below 30 s
            "IDLE_TIMEOUT, 29, queueControl.field.range",
            // a day is the longest idle timeout
            "IDLE_TIMEOUT, 86400, ",
            // abandon: 15 s to an hour
            "ABANDON_TIMEOUT, 14, queueControl.field.range",
            "ABANDON_TIMEOUT, 3600, ",
            "ABANDON_TIMEOUT, 3601, queueControl.field.range",
            // a number too long for an int
            "THRESHOLD, 99999999999, queueControl.field.notWhole",
    }, emptyValue = "")
    void fieldsAreCheckedAsTheServerChecksThem(SettingField field, String text, String problem) {
        assertThat(field.problem(text)).isEqualTo(problem);
    }
}
