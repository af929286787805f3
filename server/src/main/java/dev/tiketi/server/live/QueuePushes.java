package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.server.queue.QueueService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * The waiting room's pushes. The event-wide summary goes to the queue topic from every instance's own
 * admitter (each reads the shared Redis state). A shopper's personal message is sent only when they are let
 * in, with their admission token, by whichever instance they are connected to; a waiting client works out
 * its own place from the summary's head sequence, so 100,000 waiting cost one broadcast per change, not
 * 100,000 messages.
 */
@Component
class QueuePushes {
    private static final Logger log = LoggerFactory.getLogger(QueuePushes.class);

    private final SimpMessagingTemplate broker;
    private final LiveBroadcaster broadcasts;
    private final SimpUserRegistry users;
    private final QueueService queue;

    QueuePushes(SimpMessagingTemplate broker, LiveBroadcaster broadcasts, SimpUserRegistry users, QueueService queue) {
        this.broker = broker;
        this.broadcasts = broadcasts;
        this.users = users;
        this.queue = queue;
    }

    void summary(QueueSummary summary) {
        broadcasts.send(LiveDestinations.queue(summary.eventId()), summary);
    }

    void admitted(long eventId, List<String> shoppers) {
        for (String shopper : shoppers) {
            if (users.getUser(shopper) == null) {
                continue; // connected to another instance, or not at all: it checks in by REST
            }
            try {
                QueueStatus status = queue.statusOf(eventId, shopper);
                if (status.state() == QueueState.ADMITTED) {
                    broker.convertAndSendToUser(shopper, LiveDestinations.positionForUser(eventId), status);
                }
            } catch (RuntimeException e) {
                log.warn("Admission push for event {} not sent: {}", eventId, e.toString());
            }
        }
    }
}
