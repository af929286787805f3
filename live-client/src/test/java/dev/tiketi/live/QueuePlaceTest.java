package dev.tiketi.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueuePlaceTest {
    private static final long EVENT = 7;

    /** Arrival number 120 with 19 ahead: the head is 101. */
    private static QueueStatus queued(long sequence, long ahead, long total) {
        return QueueStatus.queued(EVENT, sequence, ahead, total, sequence - ahead, null);
    }

    private static QueueSummary summary(long headSequence, long waiting, Double perMinute) {
        return new QueueSummary(EVENT, QueueMode.FORCED_ON, waiting, 5, 5, headSequence, perMinute);
    }

    @Test
    void aSummaryMovesThePlaceToSequenceMinusHeadPlusOne() {
        QueuePlace place = QueuePlace.of(queued(120, 19, 40));

        QueuePlace moved = place.after(summary(111, 30, 120.0));

        assertThat(moved.position()).isEqualTo(10);
        assertThat(moved.ahead()).isEqualTo(9);
        assertThat(moved.total()).isEqualTo(30);
        // 10 places at 120 a minute: 5 s, as the server's formula gives it
        assertThat(moved.etaSeconds()).isEqualTo(5);
        assertThat(moved.firstPosition()).isEqualTo(20);
    }

    @Test
    void anOlderSummaryArrivingLateNeverMovesThePlaceBack() {
        QueuePlace place = QueuePlace.of(queued(120, 19, 40)).after(summary(111, 30, null));

        QueuePlace late = place.after(summary(105, 36, null));

        assertThat(late.position()).isEqualTo(10);
        assertThat(late.total()).as("the rest of a summary is taken as it is").isEqualTo(36);
    }

    @Test
    void whenPeopleInBetweenLeftTheServersSmallerCountStandsAgainstTheHeadsBound() {
        // the check counted 4 ahead although the head is 10 arrivals in front: 6 of them left
        QueuePlace place = QueuePlace.of(QueueStatus.queued(EVENT, 120, 4, 50, 110, null));

        assertThat(place.after(summary(112, 48, null)).position()).as("bound 9, known 5").isEqualTo(5);
        assertThat(place.after(summary(118, 40, null)).position()).as("bound 3").isEqualTo(3);
    }

    @Test
    void withoutAMeasuredRateThereIsNoEta() {
        QueuePlace place = QueuePlace.of(QueueStatus.queued(EVENT, 120, 19, 40, 101, 60L));

        assertThat(place.after(summary(101, 40, null)).etaSeconds()).isNull();
    }

    @Test
    void theHeadPassingTheShopperOrTheRoomSwitchedOffCallsForACheck() {
        QueuePlace place = QueuePlace.of(queued(120, 19, 40));

        assertThat(place.needsRecheck(summary(120, 5, null))).as("at the head: still waiting").isFalse();
        assertThat(place.needsRecheck(summary(121, 5, null))).as("passed: let in or lapsed").isTrue();
        assertThat(place.needsRecheck(new QueueSummary(EVENT, QueueMode.OFF, 0, 0, 5, 101, null))).isTrue();
        assertThat(place.after(summary(121, 5, null))).as("a passed head moves nothing by itself").isEqualTo(place);
        QueuePlace in = QueuePlace.of(QueueStatus.admitted(EVENT, "token", Instant.EPOCH));
        assertThat(in.needsRecheck(summary(500, 0, null))).isFalse();
        assertThat(in.after(summary(500, 0, null))).isEqualTo(in);
    }

    @Test
    void progressCountsFromTheFirstPlaceSeenToAdmission() {
        QueuePlace start = QueuePlace.of(queued(120, 19, 40));
        assertThat(start.progress()).isZero();

        QueuePlace half = start.after(summary(111, 30, null));
        assertThat(half.progress()).isEqualTo(0.5);

        // a later check of the same arrival number keeps where the bar started; the server's count is taken
        QueuePlace checked = QueuePlace.of(queued(120, 4, 25), half);
        assertThat(checked.position()).isEqualTo(5);
        assertThat(checked.progress()).isEqualTo(0.75);

        QueuePlace in = QueuePlace.of(QueueStatus.admitted(EVENT, "token", Instant.EPOCH), checked);
        assertThat(in.state()).isEqualTo(QueueState.ADMITTED);
        assertThat(in.admissionToken()).isEqualTo("token");
        assertThat(in.position()).isNull();
        assertThat(in.progress()).isEqualTo(1.0);
        assertThat(QueuePlace.of(QueueStatus.open(EVENT)).progress()).isEqualTo(1.0);
        assertThat(QueuePlace.of(QueueStatus.notQueued(EVENT)).progress()).isZero();
    }

    @Test
    void aNewArrivalNumberStartsTheBarAgain() {
        QueuePlace old = QueuePlace.of(queued(120, 19, 40)).after(summary(111, 30, null));

        QueuePlace rejoined = QueuePlace.of(queued(300, 7, 8), old);

        assertThat(rejoined.firstPosition()).isEqualTo(8);
        assertThat(rejoined.progress()).isZero();
    }

    @Test
    void atTheFrontFromTheStartTheBarWaitsForAdmission() {
        QueuePlace first = QueuePlace.of(queued(120, 0, 1));

        assertThat(first.progress()).isZero();
        assertThat(first.after(summary(120, 1, 60.0)).etaSeconds()).isEqualTo(1);
    }
}
