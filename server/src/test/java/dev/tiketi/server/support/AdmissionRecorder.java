package dev.tiketi.server.support;

import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.server.queue.QueueAdmitted;
import dev.tiketi.server.queue.QueueChanged;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Every admission this server's admitter made, and every queue summary it pushed, in order. */
@TestComponent
public class AdmissionRecorder {
    private final List<QueueAdmitted> seen = new ArrayList<>();
    private final List<QueueSummary> summaries = new ArrayList<>();

    @EventListener
    synchronized void on(QueueAdmitted admitted) {
        seen.add(admitted);
    }

    @EventListener
    synchronized void on(QueueChanged changed) {
        summaries.add(changed.summary());
    }

    /** The summaries pushed for the event, in order. */
    public synchronized List<QueueSummary> summaries(long eventId) {
        return summaries.stream().filter(s -> s.eventId() == eventId).toList();
    }

    /** The shoppers let in for the event, in order of admission. */
    public synchronized List<String> shoppers(long eventId) {
        return seen.stream().filter(a -> a.eventId() == eventId).flatMap(a -> a.shoppers().stream()).toList();
    }

    public synchronized void reset() {
        seen.clear();
        summaries.clear();
    }
}
