package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveDestinations.Topic;
import java.security.Principal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

/**
 * This instance's live sessions and what they watch: which events have local subscribers on which topic
 * (so stock and presence are computed only where someone listens), and when a session starts or stops
 * watching an event (for presence). Seat changes are relayed whether or not anyone is counted here: Spring
 * announces a subscription only after the client may already have its receipt, and the broker itself
 * sends nothing to nobody.
 */
@Component
class LiveSessions {
    private final Map<String, Watcher> sessions = new ConcurrentHashMap<>();
    private final Map<Long, Map<Topic, AtomicInteger>> counts = new ConcurrentHashMap<>();
    private final PresenceTracker presence;
    private final StockPusher stock;
    private final SalesPusher sales;

    LiveSessions(PresenceTracker presence, @Lazy StockPusher stock, @Lazy SalesPusher sales) {
        this.presence = presence;
        this.stock = stock;
        this.sales = sales;
    }

    /** One session: its principal and its subscriptions by id. */
    record Watcher(String sessionId, LivePrincipal principal, Map<String, LiveDestinations.Parsed> subscriptions) {
        synchronized boolean watches(long eventId) {
            return subscriptions.values().stream().anyMatch(p -> p.eventId() == eventId);
        }
    }

    boolean hasSubscribers(long eventId, Topic topic) {
        Map<Topic, AtomicInteger> byTopic = counts.get(eventId);
        AtomicInteger n = byTopic == null ? null : byTopic.get(topic);
        return n != null && n.get() > 0;
    }

    Set<Long> watchedEvents() {
        Set<Long> out = new java.util.HashSet<>();
        counts.forEach((e, byTopic) -> {
            if (byTopic.values().stream().anyMatch(n -> n.get() > 0)) {
                out.add(e);
            }
        });
        return out;
    }

    int sessionCount() {
        return sessions.size();
    }

    /** Every (session, event) pair this instance has, for the presence refresh. */
    Map<String, Map<Long, LivePrincipal>> watching() {
        Map<String, Map<Long, LivePrincipal>> out = new HashMap<>();
        sessions.values().forEach(w -> {
            synchronized (w) {
                w.subscriptions().values().forEach(p -> out.computeIfAbsent(w.sessionId(), k -> new HashMap<>())
                        .put(p.eventId(), w.principal()));
            }
        });
        return out;
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        LiveDestinations.Parsed target = LiveDestinations.parse(stomp.getDestination()).orElse(null);
        Principal user = event.getUser();
        if (target == null || !(user instanceof LivePrincipal principal) || stomp.getSessionId() == null) {
            return;
        }
        Watcher w = sessions.computeIfAbsent(stomp.getSessionId(), id -> new Watcher(id, principal, new HashMap<>()));
        boolean first;
        LiveDestinations.Parsed replaced;
        boolean replacedLast;
        synchronized (w) {
            first = !w.watches(target.eventId());
            // the same subscription id again replaces the old subscription in the broker: count it that way
            replaced = w.subscriptions().put(String.valueOf(stomp.getSubscriptionId()), target);
            replacedLast = replaced != null && !w.watches(replaced.eventId());
        }
        count(target, 1);
        if (replaced != null) {
            count(replaced, -1);
            if (replacedLast) {
                presence.left(w.sessionId(), replaced.eventId(), principal);
            }
        }
        if (first) {
            presence.joined(w.sessionId(), target.eventId(), principal);
        }
        if (target.topic() == Topic.PRESENCE) {
            presence.resend(target.eventId());
        }
        if (target.topic() == Topic.SALES) {
            sales.resend(target.eventId());
        }
        if (target.topic() == Topic.STOCK) {
            // the client may have read its snapshot before this count went up: one push to be sure
            stock.resync(target.eventId());
        }
    }

    @EventListener
    void unsubscribed(SessionUnsubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        Watcher w = sessions.get(String.valueOf(stomp.getSessionId()));
        if (w == null) {
            return;
        }
        LiveDestinations.Parsed gone;
        boolean last;
        synchronized (w) {
            gone = w.subscriptions().remove(String.valueOf(stomp.getSubscriptionId()));
            last = gone != null && !w.watches(gone.eventId());
        }
        if (gone != null) {
            uncount(gone);
            if (last) {
                presence.left(w.sessionId(), gone.eventId(), w.principal());
            }
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Watcher w = sessions.remove(event.getSessionId());
        if (w == null) {
            return;
        }
        Map<Long, Boolean> events = new HashMap<>();
        synchronized (w) {
            w.subscriptions().values().forEach(p -> {
                uncount(p);
                events.put(p.eventId(), true);
            });
            w.subscriptions().clear();
        }
        events.keySet().forEach(e -> presence.left(w.sessionId(), e, w.principal()));
    }

    private void uncount(LiveDestinations.Parsed p) {
        count(p, -1);
    }

    private void count(LiveDestinations.Parsed p, int delta) {
        counts.computeIfAbsent(p.eventId(), e -> new ConcurrentHashMap<>(new EnumMap<>(Topic.class)))
                .computeIfAbsent(p.topic(), t -> new AtomicInteger()).addAndGet(delta);
    }
}
