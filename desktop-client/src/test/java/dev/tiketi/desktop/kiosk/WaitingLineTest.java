package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiketi.live.QueuePlace;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The waiting room's numbers: place, ahead, total, ETA and the bar from the place at joining. */
class WaitingLineTest {
    private final JoinedPlaces memory = JoinedPlaces.inMemory();
    private final WaitingLine line = new WaitingLine(memory);

    private static QueuePlace queued(long sequence, long ahead, long total, long head, Long eta) {
        return QueuePlace.of(QueueStatus.queued(7, sequence, ahead, total, head, eta));
    }

    @Test
    void showsWhatTheServerSaidAndCountsTheBarFromThePlaceAtJoining() {
        line.update(queued(140, 29, 40, 111, 90L));

        assertThat(line.positionProperty().get()).isEqualTo(30);
        assertThat(line.aheadProperty().get()).isEqualTo(29);
        assertThat(line.totalProperty().get()).isEqualTo(40);
        assertThat(line.etaSecondsProperty().get()).isEqualTo(90);
        assertThat(line.joinedAtProperty().get()).isEqualTo(30);
        assertThat(line.progressProperty().get()).isZero();

        // the head moves on by ten: a summary moves the place forward without a message of its own
        QueuePlace moved = queued(140, 29, 40, 111, 90L).after(new QueueSummary(7, QueueMode.FORCED_ON, 31, 5, 5, 121, 20.0));
        line.update(moved);

        assertThat(line.positionProperty().get()).isEqualTo(20);
        assertThat(line.aheadProperty().get()).isEqualTo(19);
        assertThat(line.totalProperty().get()).isEqualTo(31);
        assertThat(line.etaSecondsProperty().get()).as("20 places at 20 a minute").isEqualTo(60);
        assertThat(line.progressProperty().get()).isCloseTo(10.0 / 30, within(1e-9));
    }

    @Test
    void aRestartedKioskKeepsCountingFromWhereItJoinedNotFromWhereItCameBack() {
        memory.remember(new JoinedPlaces.Joined(7, 140, 30));

        line.update(queued(140, 14, 25, 126, null));

        assertThat(line.joinedAtProperty().get()).isEqualTo(30);
        assertThat(line.progressProperty().get()).isCloseTo(0.5, within(1e-9));
        assertThat(line.etaSecondsProperty().get()).as("no rate measured yet").isNull();
    }

    @Test
    void aNewArrivalNumberIsANewLineWithItsOwnStart() {
        line.update(queued(140, 29, 40, 111, null));
        line.update(queued(300, 9, 10, 291, null)); // queued again after a lapse

        assertThat(line.joinedAtProperty().get()).isEqualTo(10);
        assertThat(memory.last()).contains(new JoinedPlaces.Joined(7, 300, 10));
        assertThat(line.progressProperty().get()).isZero();
    }

    @Test
    void admittedFillsTheBarAndClearEmptiesIt() {
        line.update(queued(140, 0, 3, 140, 3L));
        assertThat(line.progressProperty().get()).isCloseTo(0.0, within(1e-9));

        line.update(QueuePlace.of(QueueStatus.admitted(7, "token", Instant.parse("2027-01-01T10:05:00Z"))));
        assertThat(line.progressProperty().get()).isEqualTo(1.0);

        line.clear();
        assertThat(line.progressProperty().get()).isZero();
        assertThat(line.positionProperty().get()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            // joined at, now at, bar
            "30, 30, 0.0",       // just joined: empty
            "30, 15, 0.5",       // half way
            "30, 1, 0.9666666666666667", // next: the last step still to go
            "1, 1, 0.0",         // joined at the front: nothing covered yet
            "10, 12, 0.0",       // a check put it further back than first seen (never shown below empty)
    })
    void progressFromThePlaceAtJoining(long first, long now, double bar) {
        assertThat(WaitingLine.progress(first, now)).isCloseTo(bar, within(1e-9));
    }
}
