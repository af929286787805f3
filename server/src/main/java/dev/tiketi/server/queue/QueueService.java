package dev.tiketi.server.queue;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.catalog.SaleTermsCache;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.system.TiketiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A shopper's side of the waiting room: check in, look, stay alive, leave. Clerks and admins never queue.
 * An event may be queued for before its sale opens (everyone keeps their arrival order); nobody is let in
 * until it is on sale. Touches Redis only: the caller comes from the token's claims (confirmed in Redis,
 * {@code auth.AccountStates}) and the event's terms from {@link SaleTermsCache} (decision 0021).
 */
@Service
public class QueueService {
    private final SaleTermsCache catalog;
    private final WaitingRoom room;
    private final AdmissionTokens tokens;
    private final Clock clock;
    private final Duration tolerance;

    QueueService(SaleTermsCache catalog, WaitingRoom room, AdmissionTokens tokens, Clock clock, TiketiProperties props) {
        this.catalog = catalog;
        this.room = room;
        this.tokens = tokens;
        this.clock = clock;
        this.tolerance = props.queue().admitInterval();
    }

    public QueueStatus check(long eventId, CurrentUser user, String terminal) {
        SaleTerms event = catalog.visible(eventId, user.isAdmin());
        if (bypasses(user)) {
            return QueueStatus.open(eventId);
        }
        if (event.status() != EventStatus.ON_SALE && event.status() != EventStatus.UPCOMING) {
            throw new ApiException(ErrorCode.EVENT_NOT_ON_SALE, "This event is " + event.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        String shopper = ShopperIds.of(user, terminal);
        Instant now = clock.instant();
        WaitingRoom.Place place = room.check(eventId, shopper, event.status() == EventStatus.ON_SALE, tolerance, now);
        if (!(place instanceof WaitingRoom.Open)) {
            room.markActive(eventId);
        }
        return view(eventId, shopper, place, now);
    }

    /** Where the caller stands; changes nothing but marking a waiting caller as still there. */
    public QueueStatus status(long eventId, CurrentUser user, String terminal) {
        return look(eventId, user, terminal, false);
    }

    /** Still here: keeps a waiting place from being abandoned and an admitted slot from idling out. */
    public QueueStatus heartbeat(long eventId, CurrentUser user, String terminal) {
        return look(eventId, user, terminal, true);
    }

    public void leave(long eventId, CurrentUser user, String terminal) {
        catalog.visible(eventId, user.isAdmin());
        if (!bypasses(user)) {
            room.leave(eventId, ShopperIds.of(user, terminal), clock.instant());
        }
    }

    /** Where a shopper stands, by shopper id (for the admission push); changes nothing. */
    public QueueStatus statusOf(long eventId, String shopper) {
        Instant now = clock.instant();
        return view(eventId, shopper, room.status(eventId, shopper, false, now), now);
    }

    private QueueStatus look(long eventId, CurrentUser user, String terminal, boolean renew) {
        catalog.visible(eventId, user.isAdmin());
        if (bypasses(user)) {
            return QueueStatus.open(eventId);
        }
        String shopper = ShopperIds.of(user, terminal);
        Instant now = clock.instant();
        return view(eventId, shopper, room.status(eventId, shopper, renew, now), now);
    }

    private QueueStatus view(long eventId, String shopper, WaitingRoom.Place place, Instant now) {
        if (place instanceof WaitingRoom.Admitted a) {
            return QueueStatus.admitted(eventId, tokens.issue(eventId, shopper), a.deadline());
        }
        if (place instanceof WaitingRoom.Queued q) {
            return QueueStatus.queued(eventId, q.arrival(), q.ahead(), q.line().waiting(), q.line().head(),
                    AdmissionRate.etaSeconds(q.ahead() + 1, measured(q.line(), now), q.line().capPerMinute()));
        }
        return place instanceof WaitingRoom.Open ? QueueStatus.open(eventId) : QueueStatus.notQueued(eventId);
    }

    static Double measured(WaitingRoom.Line line, Instant now) {
        return AdmissionRate.perMinute(line.recentAdmissions(), line.oldestRecentAdmission(), now, line.capPerMinute());
    }

    /** Staff sell at the counter for whoever stands in front of them; the waiting room is for shoppers. */
    static boolean bypasses(CurrentUser user) {
        return user.role() == Role.CLERK || user.role() == Role.ADMIN;
    }
}
