package dev.tiketi.server.queue;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import dev.tiketi.server.error.ApiException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What holds and orders ask before taking stock: while an event's waiting room is on, a shopper (customer
 * or kiosk) needs a valid admission token for this event and shopper, and a slot that is still theirs.
 * Passing renews the slot's idle time. Clerks and admins pass.
 */
@Component
public class AdmissionGate {
    private final WaitingRoom room;
    private final AdmissionTokens tokens;
    private final Clock clock;

    AdmissionGate(WaitingRoom room, AdmissionTokens tokens, Clock clock) {
        this.room = room;
        this.tokens = tokens;
        this.clock = clock;
    }

    public void require(long eventId, CurrentUser user, String terminal, String token) {
        if (QueueService.bypasses(user)) {
            return;
        }
        String shopper = ShopperIds.of(user, terminal);
        WaitingRoom.Place place = room.status(eventId, shopper, true, clock.instant());
        if (place instanceof WaitingRoom.Open) {
            return;
        }
        if (token == null || token.isBlank()) {
            throw new ApiException(ErrorCode.QUEUE_ADMISSION_REQUIRED, "This event has a waiting room: check in at "
                    + "/api/queue/check/" + eventId + " and send the admission token when it is your turn.");
        }
        if (!tokens.valid(token, eventId, shopper)) {
            throw new ApiException(ErrorCode.QUEUE_ADMISSION_REQUIRED, "This admission token is not valid for this event.");
        }
        if (!(place instanceof WaitingRoom.Admitted)) {
            throw new ApiException(ErrorCode.QUEUE_ADMISSION_REQUIRED, "Your turn has lapsed; check in to the queue again.");
        }
    }

    /** Activity that needs no admission (extending one's own hold) still keeps an admitted slot from idling out. */
    public void touch(long eventId, CurrentUser user, String terminal) {
        if (!QueueService.bypasses(user)) {
            room.status(eventId, ShopperIds.of(user, terminal), true, clock.instant());
        }
    }

    /** A shopper who has bought hands the slot to the next in line. */
    public void bought(long eventId, CurrentUser user, String terminal) {
        if (!QueueService.bypasses(user)) {
            room.leave(eventId, ShopperIds.of(user, terminal), clock.instant());
        }
    }
}
