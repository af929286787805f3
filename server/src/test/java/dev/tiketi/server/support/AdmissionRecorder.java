package dev.tiketi.server.support;

import dev.tiketi.server.queue.QueueAdmitted;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Every admission this server's admitter made, in the order it made them. */
@TestComponent
public class AdmissionRecorder {
    private final List<QueueAdmitted> seen = new ArrayList<>();

    @EventListener
    synchronized void on(QueueAdmitted admitted) {
        seen.add(admitted);
    }

    /** The shoppers let in for the event, in order of admission. */
    public synchronized List<String> shoppers(long eventId) {
        return seen.stream().filter(a -> a.eventId() == eventId).flatMap(a -> a.shoppers().stream()).toList();
    }

    public synchronized void reset() {
        seen.clear();
    }
}
