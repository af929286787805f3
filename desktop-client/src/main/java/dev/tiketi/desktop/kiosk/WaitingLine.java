package dev.tiketi.desktop.kiosk;

import dev.tiketi.live.QueuePlace;
import dev.tiketi.model.queue.QueueState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The waiting room as the screen shows it: place, people ahead, everyone waiting, the wait, and how far
 * along the line the kiosk has come since it joined (0 at the place at joining, 1 at the front). Fed by the
 * live queue feed; {@code live} is false while the feed polls because the live link is down.
 *
 * <p>The place at joining outlives a restart ({@link JoinedPlaces}): the feed only knows the first place it
 * saw itself, which after a restart is wherever the line had got to.
 */
public final class WaitingLine {
    private final JoinedPlaces memory;
    private final ReadOnlyObjectWrapper<QueueState> state = new ReadOnlyObjectWrapper<>(QueueState.NOT_QUEUED);
    private final ReadOnlyObjectWrapper<Long> position = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> ahead = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> total = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> etaSeconds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> joinedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(true);
    private long eventId;
    private Long sequence;

    public WaitingLine(JoinedPlaces memory) {
        this.memory = memory;
    }

    /** A new place from the feed, a check or a heart-beat: the server's word (or the feed's forward step). */
    public void update(QueuePlace place) {
        state.set(place.state());
        if (place.state() != QueueState.QUEUED) {
            progress.set(place.progress()); // in (1) or out (0)
            return;
        }
        if (sequence == null || !sequence.equals(place.sequence()) || eventId != place.eventId()) {
            eventId = place.eventId();
            sequence = place.sequence();
            long first = memory.last().filter(j -> j.eventId() == place.eventId() && j.sequence() == place.sequence())
                    .map(JoinedPlaces.Joined::firstPosition).orElse(place.firstPosition() == null ? place.position() : place.firstPosition());
            memory.remember(new JoinedPlaces.Joined(place.eventId(), place.sequence(), first));
            joinedAt.set(first);
        }
        position.set(place.position());
        ahead.set(place.ahead());
        total.set(place.total());
        etaSeconds.set(place.etaSeconds());
        progress.set(progress(joinedAt.get(), place.position()));
    }

    /** Whether the place is being pushed (true) or polled every few seconds because the live link is down. */
    public void live(boolean pushed) {
        live.set(pushed);
    }

    /** Forgets the line (the kiosk left it, or got in and bought). */
    public void clear() {
        sequence = null;
        state.set(QueueState.NOT_QUEUED);
        position.set(null);
        ahead.set(null);
        total.set(null);
        etaSeconds.set(null);
        joinedAt.set(null);
        progress.set(0);
        live.set(true);
    }

    /**
     * From 0 at the place at joining to 1 once in, as {@link QueuePlace#progress()} counts it: each step forward
     * moves the bar by the same amount, and being next still shows the last step to go.
     */
    static double progress(Long first, Long position) {
        if (first == null || position == null || first <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, (double) (first - position) / first));
    }

    public ReadOnlyObjectProperty<QueueState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> aheadProperty() {
        return ahead.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Seconds until it is the kiosk's turn at the measured rate; null while none has been measured. */
    public ReadOnlyObjectProperty<Long> etaSecondsProperty() {
        return etaSeconds.getReadOnlyProperty();
    }

    /** The place the kiosk had when it joined this line. */
    public ReadOnlyObjectProperty<Long> joinedAtProperty() {
        return joinedAt.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }
}
