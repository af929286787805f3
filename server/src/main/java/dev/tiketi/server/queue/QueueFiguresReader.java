package dev.tiketi.server.queue;

import dev.tiketi.model.admin.SystemFigures;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every event's waiting room that has someone in it, at a glance, for the dashboard's system panel. */
@Component
public class QueueFiguresReader {
    private final WaitingRoom room;
    private final Clock clock;

    QueueFiguresReader(WaitingRoom room, Clock clock) {
        this.room = room;
        this.clock = clock;
    }

    public List<SystemFigures.QueueFigures> active() {
        Instant now = clock.instant();
        List<SystemFigures.QueueFigures> out = new ArrayList<>();
        for (long eventId : room.activeEvents()) {
            WaitingRoom.Line line = room.overview(eventId, now).line();
            Double rate = QueueService.measured(line, now);
            out.add(new SystemFigures.QueueFigures(eventId, line.waiting(), line.admitted(),
                    rate == null ? null : Math.round(rate * 10) / 10.0));
        }
        return out;
    }
}
