package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveRefusal;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.catalog.CatalogVersions;
import dev.tiketi.server.inventory.InventoryKeys;
import dev.tiketi.server.system.RedisNamespace;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Hears every event's live channel ({@code PSUBSCRIBE <ns>:live:{e*}}, this deployment's only: pub/sub spans
 * every database of the Redis server) on its own Redis connection and hands each
 * notice to this instance's subscribers: seat changes straight through (Redis delivers them in the order the
 * scripts published them, which is version order), stock and presence to their coalescing pushers, admissions
 * to the shoppers connected here.
 *
 * <p>If the pub/sub link drops, Lettuce reconnects and subscribes again at once; what was published in
 * between is lost, so once this instance hears its own check message again it tells every client of every
 * event it serves to reload its snapshots. A link that dies without a word (a half-open TCP connection) is
 * caught the same way: once the link has been quiet for {@link #QUIET_MS} the instance publishes a check to
 * itself, and one that does not come back in time makes it open a fresh connection and resync its clients. A
 * busy link proves itself with every notice; an idle one costs one check every few seconds (decision 0030).
 */
@Component
class LiveRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final LettuceConnectionFactory factory;
    private final LiveBroadcaster broadcasts;
    private final LiveSessions sessions;
    private final StockPusher stock;
    private final PresenceTracker presence;
    private final QueuePushes queue;
    private final SalesPusher sales;
    private final LiveConnections connections;
    private final LiveNotices notices;
    private final RedisNamespace ns;
    private final CatalogVersions terms;
    static final long QUIET_MS = 5_000;
    private static final long CHECK_TIMEOUT_MS = 6_000;
    private static final long REPEAT_MS = 100;

    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> new Thread(r, "tiketi-live-relay"));
    // admissions read Redis per shopper: off the relay thread, so seat changes never wait for them
    private final ExecutorService admissions = Executors.newSingleThreadExecutor(r -> new Thread(r, "tiketi-live-admissions"));
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tiketi-live-check");
        t.setDaemon(true);
        return t;
    });
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean running;
    private volatile RedisClient client;
    private volatile String awaitedCheck;
    private volatile long checkSentAt;
    private volatile boolean resyncWhenChecked;
    private volatile long resyncs;
    /** When the link last brought anything (System.nanoTime). */
    private volatile long lastHeard = System.nanoTime();
    /** Whether the quick repeat of a resync's check is planned; only touched on the checks thread. */
    private boolean repeating;

    LiveRelay(LettuceConnectionFactory factory, LiveBroadcaster broadcasts, LiveSessions sessions, StockPusher stock,
              PresenceTracker presence, QueuePushes queue, SalesPusher sales, LiveConnections connections,
              LiveNotices notices, RedisNamespace ns, CatalogVersions terms) {
        this.terms = terms;
        this.sales = sales;
        this.connections = connections;
        this.factory = factory;
        this.ns = ns;
        this.broadcasts = broadcasts;
        this.sessions = sessions;
        this.stock = stock;
        this.presence = presence;
        this.queue = queue;
        this.notices = notices;
    }

    @Override
    public void start() {
        // Standalone Redis (the embedded default and production's TIKETI_REDIS_URL); a cluster would need a
        // RedisClusterClient here, the scripts and channels already are single-slot.
        client = (RedisClient) factory.getRequiredNativeClient();
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                if (handler == connection && running) {
                    log.info("Live pub/sub link to Redis is back; checking the subscription, then clients resync");
                    // Never call Redis from here: this runs on Lettuce's I/O thread, and a blocking command
                    // would wait for that very thread (the whole application's Redis would hang).
                    checks.execute(() -> {
                        resyncWhenChecked = true;
                        sendCheck();
                        repeatWhileResyncing();
                    });
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                if (handler == connection && running) {
                    log.warn("Live pub/sub link to Redis lost; reconnecting");
                }
            }
        });
        connect();
        running = true;
        lastHeard = System.nanoTime();
        checks.schedule(this::watchdog, QUIET_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * While a resync waits for its check, the check is repeated quickly: the resubscription may still be on its
     * way when the first one is published. Runs on the checks thread.
     */
    private void repeatWhileResyncing() {
        if (repeating) {
            return;
        }
        repeating = true;
        checks.schedule(new Runnable() {
            @Override
            public void run() {
                String nonce = awaitedCheck;
                if (running && resyncWhenChecked && nonce != null) {
                    notices.ping(nonce);
                    checks.schedule(this, REPEAT_MS, TimeUnit.MILLISECONDS);
                } else {
                    repeating = false;
                }
            }
        }, REPEAT_MS, TimeUnit.MILLISECONDS);
    }

    private void connect() {
        StatefulRedisPubSubConnection<String, String> c = client.connectPubSub();
        c.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String pattern, String channel, String message) {
                lastHeard = System.nanoTime();
                relay.execute(() -> handle(channel, message));
            }
        });
        c.sync().psubscribe(InventoryKeys.livePattern(ns));
        connection = c;
    }

    /** Checks the link once it has been quiet, and replaces it if the check does not come back; plans its next run. */
    private void watchdog() {
        long next = QUIET_MS;
        try {
            long now = System.nanoTime();
            if (awaitedCheck == null) {
                long quiet = TimeUnit.NANOSECONDS.toMillis(now - lastHeard);
                if (quiet >= QUIET_MS) {
                    sendCheck();
                    next = CHECK_TIMEOUT_MS;
                } else {
                    next = QUIET_MS - quiet;
                }
            } else if (TimeUnit.NANOSECONDS.toMillis(now - checkSentAt) >= CHECK_TIMEOUT_MS) {
                log.warn("Live pub/sub link to Redis is silent; opening a new one, then clients resync");
                StatefulRedisPubSubConnection<String, String> old = connection;
                connect();
                if (old != null) {
                    old.closeAsync();
                }
                resyncWhenChecked = true;
                sendCheck();
                repeatWhileResyncing();
                next = CHECK_TIMEOUT_MS;
            } else {
                next = CHECK_TIMEOUT_MS - TimeUnit.NANOSECONDS.toMillis(now - checkSentAt);
            }
        } catch (RuntimeException e) {
            log.warn("Live pub/sub check failed: {}", e.toString());
        } finally {
            if (running) {
                try {
                    checks.schedule(this::watchdog, Math.max(1, next), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // stopping
                }
            }
        }
    }

    /** Publishes a check message to this instance's own subscription. */
    private void sendCheck() {
        String nonce = UUID.randomUUID().toString();
        awaitedCheck = nonce;
        checkSentAt = System.nanoTime();
        notices.ping(nonce);
    }

    private void handle(String channel, String message) {
        long eventId = InventoryKeys.eventOfLiveChannel(ns, channel);
        if (eventId < 0 || message.isEmpty()) {
            return;
        }
        try {
            switch (message.charAt(0)) {
                case 'S' -> {
                    seats(eventId, message);
                    sales.changed(eventId);
                }
                case 'T' -> {
                    stock.changed(eventId);
                    sales.changed(eventId);
                }
                case 'R' -> {
                    // every admin change of an event sends one: its cached terms go now, not at the next read
                    terms.forget(eventId);
                    resync(eventId, Long.parseLong(message.substring(2).strip()));
                }
                case 'A' -> {
                    List<String> shoppers = Arrays.stream(message.split("\n")).skip(1).filter(s -> !s.isEmpty()).toList();
                    admissions.execute(() -> queue.admitted(eventId, shoppers));
                }
                case 'P' -> presence.markDirty(eventId);
                case 'K' -> checked(message.substring(2).strip());
                case 'U' -> {
                    long account = Long.parseLong(message.substring(2).strip());
                    int ended = connections.end(account, LiveRefusal.ACCOUNT_REVOKED);
                    if (ended > 0) {
                        log.info("Ended {} live connection(s) of revoked account {}", ended, account);
                    }
                }
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
        broadcasts.send(LiveDestinations.seats(eventId), new SeatsUpdate(eventId, version, false, seats));
        stock.changed(eventId);
    }

    private void resync(long eventId, long version) {
        broadcasts.send(LiveDestinations.seats(eventId), new SeatsUpdate(eventId, version, true, List.of()));
        stock.resync(eventId);
        presence.markDirty(eventId);
        sales.changed(eventId);
    }

    private void checked(String nonce) {
        if (!nonce.equals(awaitedCheck)) {
            return;
        }
        awaitedCheck = null;
        if (resyncWhenChecked) {
            resyncWhenChecked = false;
            resyncs++;
            for (long eventId : sessions.watchedEvents()) {
                resync(eventId, 0);
            }
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
        admissions.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
