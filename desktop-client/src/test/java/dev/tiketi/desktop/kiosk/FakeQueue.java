package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.live.QueuePlace;
import dev.tiketi.model.queue.QueueStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiting room as a kiosk test wants it: what the server answers next, every call the flow made, the
 * admissions it handed on, and the one feed it watches, moved by hand.
 */
final class FakeQueue implements QueueApi, QueueWatch.Factory {
    QueueStatus answer;
    RuntimeException failure;
    final List<String> calls = new ArrayList<>();
    final Map<Long, String> admissions = new HashMap<>();
    Watch watch;
    int watchesOpened;

    final class Watch implements QueueWatch {
        final long eventId;
        final Runnable changed;
        QueuePlace place;
        boolean live = true;
        boolean closed;

        Watch(long eventId, Runnable changed) {
            this.eventId = eventId;
            this.changed = changed;
        }

        void push(QueueStatus status) {
            place = QueuePlace.of(status, place);
            changed.run();
        }

        void linkDown() {
            live = false;
            changed.run();
        }

        @Override
        public QueuePlace place() {
            return place;
        }

        @Override
        public boolean live() {
            return live;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Override
    public QueueWatch watch(long eventId, Runnable changed) {
        watchesOpened++;
        watch = new Watch(eventId, changed);
        return watch;
    }

    private QueueStatus answer(String call, long eventId) {
        calls.add(call + " " + eventId);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    @Override
    public QueueStatus check(long eventId) {
        return answer("check", eventId);
    }

    @Override
    public QueueStatus status(long eventId) {
        return answer("status", eventId);
    }

    @Override
    public QueueStatus heartbeat(long eventId) {
        return answer("heartbeat", eventId);
    }

    @Override
    public void leave(long eventId) {
        calls.add("leave " + eventId);
    }

    @Override
    public void admission(long eventId, String token) {
        if (token == null) {
            admissions.remove(eventId);
        } else {
            admissions.put(eventId, token);
        }
    }

    @Override
    public KioskEvent event(long eventId) {
        calls.add("event " + eventId);
        return new KioskEvent(eventId, "신년 음악회", java.time.Instant.parse("2027-01-01T10:00:00Z"), "Grand Hall");
    }

    static ApiException unreachable() {
        return new ApiException(0, ApiException.UNREACHABLE, "connection refused");
    }
}
