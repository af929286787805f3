package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.inventory.InventoryKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Hears every event's live channel ({@code PSUBSCRIBE live:{e*}}) on its own Redis connection and hands each
 * notice to this instance's subscribers: seat changes straight through (Redis delivers them in the order the
 * scripts published them, which is version order), stock and presence to their coalescing pushers, admissions
 * to the shoppers connected here.
 *
 * <p>If the pub/sub link drops, Lettuce reconnects and subscribes again at once; what was published in
 * between is lost, so once this instance hears its own check message again it tells every client of every
 * event it serves to reload its snapshots.
 */
@Component
class LiveRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final LettuceConnectionFactory factory;
    private final SimpMessagingTemplate broker;
    private final LiveSessions sessions;
    private final StockPusher stock;
    private final PresenceTracker presence;
    private final QueuePushes queue;
    private final LiveNotices notices;
    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> new Thread(r, "tiketi-live-relay"));
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tiketi-live-check");
        t.setDaemon(true);
        return t;
    });
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean running;
    private volatile String awaitedCheck;
    private volatile ScheduledFuture<?> checking;
    private volatile long resyncs;

    LiveRelay(LettuceConnectionFactory factory, SimpMessagingTemplate broker, LiveSessions sessions, StockPusher stock,
              PresenceTracker presence, QueuePushes queue, LiveNotices notices) {
        this.factory = factory;
        this.broker = broker;
        this.sessions = sessions;
        this.stock = stock;
        this.presence = presence;
        this.queue = queue;
        this.notices = notices;
    }

    @Override
    public void start() {
        RedisClient client = (RedisClient) factory.getRequiredNativeClient();
        StatefulRedisPubSubConnection<String, String> c = client.connectPubSub();
        c.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String pattern, String channel, String message) {
                relay.execute(() -> handle(channel, message));
            }
        });
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                if (handler == connection && running) {
                    log.info("Live pub/sub link to Redis is back; checking the subscription, then clients resync");
                    startCheck();
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                if (handler == connection && running) {
                    log.warn("Live pub/sub link to Redis lost; reconnecting");
                }
            }
        });
        c.sync().psubscribe(InventoryKeys.LIVE_PATTERN);
        connection = c;
        running = true;
    }

    /** Publishes a check message until it comes back, proving the subscription is in place again. */
    private void startCheck() {
        String nonce = UUID.randomUUID().toString();
        awaitedCheck = nonce;
        ScheduledFuture<?> previous = checking;
        if (previous != null) {
            previous.cancel(false);
        }
        checking = checks.scheduleWithFixedDelay(() -> {
            if (nonce.equals(awaitedCheck)) {
                notices.ping(nonce);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void handle(String channel, String message) {
        long eventId = InventoryKeys.eventOfLiveChannel(channel);
        if (eventId < 0 || message.isEmpty()) {
            return;
        }
        try {
            switch (message.charAt(0)) {
                case 'S' -> seats(eventId, message);
                case 'T' -> stock.changed(eventId);
                case 'R' -> resync(eventId, Long.parseLong(message.substring(2).strip()));
                case 'A' -> queue.admitted(eventId, Arrays.stream(message.split("\n")).skip(1).filter(s -> !s.isEmpty()).toList());
                case 'P' -> presence.markDirty(eventId);
                case 'K' -> checked(message.substring(2).strip());
                default -> log.debug("Unknown live notice on {}", channel);
            }
        } catch (RuntimeException e) {
            log.warn("Live notice on {} not relayed: {}", channel, e.toString());
        }
    }

    /** {@code S <version> <status> <expiry ms> <id,id,...>}, as the seat scripts publish it. */
    private void seats(long eventId, String message) {
        String[] p = message.split(" ", 5);
        long version = Long.parseLong(p[1]);
        SeatStatus status = SeatStatus.valueOf(p[2]);
        long expiry = Long.parseLong(p[3]);
        Instant expires = status == SeatStatus.HELD ? Instant.ofEpochMilli(expiry) : null;
        List<SeatState> seats = new ArrayList<>();
        if (p.length == 5 && !p[4].isEmpty()) {
            for (String id : p[4].split(",")) {
                seats.add(new SeatState(Long.parseLong(id), status, expires));
            }
        }
        if (sessions.hasSubscribers(eventId, LiveDestinations.Topic.SEATS)) {
            broker.convertAndSend(LiveDestinations.seats(eventId), (Object) new SeatsUpdate(eventId, version, false, seats));
        }
        stock.changed(eventId);
    }

    private void resync(long eventId, long version) {
        if (sessions.hasSubscribers(eventId, LiveDestinations.Topic.SEATS)) {
            broker.convertAndSend(LiveDestinations.seats(eventId), (Object) new SeatsUpdate(eventId, version, true, List.of()));
        }
        stock.resync(eventId);
        presence.markDirty(eventId);
    }

    private void checked(String nonce) {
        if (!nonce.equals(awaitedCheck)) {
            return;
        }
        awaitedCheck = null;
        ScheduledFuture<?> c = checking;
        if (c != null) {
            c.cancel(false);
        }
        resyncs++;
        for (long eventId : sessions.watchedEvents()) {
            resync(eventId, 0);
        }
    }

    /** How many times this instance told its clients to resync after its pub/sub link came back. */
    long resyncs() {
        return resyncs;
    }

    @Override
    public void stop() {
        running = false;
        checks.shutdownNow();
        StatefulRedisPubSubConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
        relay.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
