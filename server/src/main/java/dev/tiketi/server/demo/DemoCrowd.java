package dev.tiketi.server.demo;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.queue.QueueService;
import dev.tiketi.server.system.RuntimeMode;
import dev.tiketi.server.system.TiketiProperties;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A simulated crowd in the demo's busy show's waiting room, so that `./tiketi demo` and a kiosk show a line
 * that moves at once, without a load generator. It keeps {@link #SIZE} make-believe shoppers waiting: each
 * says "still here" every step (or the line would drop them), and one that is let in leaves at once (as if it
 * had bought), so the admitted slots stay free and the line moves at the show's admission rate. Newcomers join
 * at the back, so a kiosk that joins sees a full line ahead that shrinks.
 *
 * <p>Demo only: it walks in the embedded default with demo data on (never in production mode, not even with
 * TIKETI_DEMO=true), and only for the event the demo seeding recorded in {@link #EVENT_SETTING}. The crowd
 * goes through {@link QueueService} like any shopper, as customers whose account ids are negative: no account
 * has such an id, so they can never be mistaken for someone real. It keeps nothing: after a restart it
 * gathers again (a waiting place of an earlier run is kept, as the line keeps anybody's).
 */
@Component
class DemoCrowd {
    static final String EVENT_SETTING = "demo_crowd_event";
    /** People kept waiting: at 20 a minute, a kiosk joining behind them waits about a minute and a half. */
    static final int SIZE = 30;

    private static final Logger log = LoggerFactory.getLogger(DemoCrowd.class);

    private final TiketiProperties props;
    private final JdbcClient jdbc;
    private final QueueService queue;
    private final List<Long> waiting = new ArrayList<>();
    private long next = 1;
    private boolean failing;

    DemoCrowd(TiketiProperties props, JdbcClient jdbc, QueueService queue) {
        this.props = props;
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    void scheduled() {
        if (!props.demoEnabled() || props.mode() != RuntimeMode.EMBEDDED) {
            return;
        }
        try {
            event().ifPresent(this::step);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.info("demo crowd paused: {}", e.getMessage());
            }
            failing = true;
        }
    }

    private Optional<Long> event() {
        return jdbc.sql("select value from app_setting where key = ?").param(EVENT_SETTING).query(String.class).optional()
                .map(Long::parseLong);
    }

    /** One step: everyone waiting says so, whoever got in leaves, newcomers fill the line up to {@link #SIZE}. */
    synchronized void step(long eventId) {
        for (Iterator<Long> it = waiting.iterator(); it.hasNext(); ) {
            CurrentUser shopper = shopper(it.next());
            QueueStatus now = queue.heartbeat(eventId, shopper, null);
            if (now.state() != QueueState.QUEUED) {
                it.remove();
                if (now.state() == QueueState.ADMITTED) {
                    queue.leave(eventId, shopper, null); // bought, gone: the slot goes to the next in line
                }
            }
        }
        while (waiting.size() < SIZE) {
            long id = next++;
            QueueStatus joined;
            try {
                joined = queue.check(eventId, shopper(id), null);
            } catch (ApiException e) {
                return; // not on sale any more: nobody queues for it
            }
            if (joined.state() == QueueState.QUEUED) {
                waiting.add(id);
            } else if (joined.state() == QueueState.ADMITTED) {
                queue.leave(eventId, shopper(id), null);
            } else {
                return; // the line is off: a crowd would just walk in
            }
        }
    }

    /** How many the crowd has waiting now. */
    synchronized int waiting() {
        return waiting.size();
    }

    private static CurrentUser shopper(long n) {
        return new CurrentUser(-n, "crowd-" + n, "Crowd " + n, Role.CUSTOMER);
    }
}
