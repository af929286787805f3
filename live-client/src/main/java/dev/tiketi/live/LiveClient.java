package dev.tiketi.live;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.live.LiveDestinations;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live connection to one server: STOMP 1.2 over the JDK's WebSocket at {@code /ws}. It connects with
 * the bearer token, keeps heart-beats both ways, reconnects with back-off when the link drops, and then
 * subscribes again to everything it was subscribed to; each subscription hears when that happened, so it
 * can reload its snapshot (see {@link SeatFeed} and {@link StockFeed}). The state is observable, so a
 * screen can say when it is not live.
 *
 * <p>Threads: frames are handled on the HTTP client's executor, one at a time and in order; subscription
 * handlers run there and must not block (hand work to your own thread, or the FX thread).
 */
public final class LiveClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveClient.class.getName());

    /** Where the connection stands. */
    public enum State { CONNECTING, CONNECTED, RECONNECTING, OFFLINE, CLOSED }

    private final URI uri;
    private final Supplier<String> token;
    private final String terminal;
    private final Duration heartbeat;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final HttpClient http;
    /** Immutable and thread-safe: one for all clients (a benchmark runs thousands in one process). */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ScheduledExecutorService timer;
    private final boolean ownTimer;
    private final Map<String, Sub<?>> subscriptions = new ConcurrentHashMap<>();
    private final List<Consumer<State>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> errorListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private volatile State state = State.CONNECTING;
    private volatile Link link;
    private volatile ScheduledFuture<?> pendingOpen;
    private volatile boolean held;
    private volatile int failures;

    private LiveClient(Builder b) {
        this.uri = b.uri;
        this.token = b.token;
        this.terminal = b.terminal;
        this.heartbeat = b.heartbeat;
        this.minBackoff = b.minBackoff;
        this.maxBackoff = b.maxBackoff;
        this.http = b.http != null ? b.http : HttpClient.newHttpClient();
        this.ownTimer = b.timer == null;
        this.timer = b.timer != null ? b.timer : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiketi-live-client");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code serverBase} is the server's HTTP address, e.g. {@code http://localhost:8080}. */
    public static Builder builder(URI serverBase, Supplier<String> token) {
        return new Builder(serverBase, token);
    }

    public static final class Builder {
        private final URI uri;
        private final Supplier<String> token;
        private String terminal;
        private Duration heartbeat = Duration.ofSeconds(10);
        private Duration minBackoff = Duration.ofMillis(250);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private HttpClient http;
        private ScheduledExecutorService timer;

        private Builder(URI serverBase, Supplier<String> token) {
            String base = serverBase.toString().replaceFirst("^http", "ws").replaceFirst("/+$", "");
            this.uri = URI.create(base + LiveDestinations.ENDPOINT);
            this.token = token;
        }

        /** The terminal's configured name, sent with CONNECT (kiosks queue per terminal). */
        public Builder terminal(String name) {
            this.terminal = name;
            return this;
        }

        /** Heart-beat interval both ways (10 s by default); a server silent for three of them is gone. */
        public Builder heartbeat(Duration interval) {
            this.heartbeat = interval;
            return this;
        }

        public Builder backoff(Duration min, Duration max) {
            this.minBackoff = min;
            this.maxBackoff = max;
            return this;
        }

        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        /**
         * A scheduler to share for heart-beats and reconnects (thousands of clients in one process, as the
         * benchmarks run them, need not have a thread each); it is not shut down by {@link #close()}.
         */
        public Builder scheduler(ScheduledExecutorService shared) {
            this.timer = shared;
            return this;
        }

        /** Builds and starts connecting; returns at once. */
        public LiveClient connect() {
            LiveClient client = new LiveClient(this);
            client.open();
            return client;
        }
    }

    public State state() {
        return state;
    }

    /** Called on every change of state, on a background thread; run the returned action to stop. */
    public Runnable onState(Consumer<State> listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    /** Called with the server's reason when it refuses a frame (e.g. {@code UNAUTHENTICATED}). */
    public void onError(Consumer<String> listener) {
        errorListeners.add(listener);
    }

    /** How many times a connection was established (1 after the first; more after reconnects). */
    public long connectCount() {
        return connects.get();
    }

    /**
     * Subscribes to {@code destination}; each message's JSON body is read as {@code type}. The returned
     * subscription's {@link Subscription#ready()} completes once the server has the subscription, and
     * {@code onResubscribed} runs each time it has it again after a reconnect (messages may have been
     * missed in between).
     */
    public <T> Subscription subscribe(String destination, Class<T> type, Consumer<T> onMessage, Runnable onResubscribed) {
        Sub<T> sub = new Sub<>("s" + ids.incrementAndGet(), destination, type, onMessage, onResubscribed);
        subscriptions.put(sub.id, sub);
        Link l = link;
        if (l != null && l.connected) {
            l.subscribe(sub);
        }
        return sub;
    }

    /** One subscription; close it to unsubscribe. */
    public interface Subscription extends AutoCloseable {
        String destination();

        /** Completes when the server confirmed the first subscription. */
        CompletableFuture<Void> ready();

        @Override
        void close();
    }

    /** Drops the connection and stays offline until {@link #resume()}: for tests and for "work offline". */
    public synchronized void hold() {
        held = true;
        cancelPendingOpen();
        Link l = link;
        if (l != null) {
            l.abort();
        }
        setState(State.OFFLINE);
    }

    public synchronized void resume() {
        if (held) {
            held = false;
            setState(State.RECONNECTING);
            cancelPendingOpen();
            pendingOpen = timer.schedule(this::open, 0, TimeUnit.MILLISECONDS);
        }
    }

    private void cancelPendingOpen() {
        ScheduledFuture<?> p = pendingOpen;
        if (p != null) {
            p.cancel(false);
        }
    }

    @Override
    public synchronized void close() {
        setState(State.CLOSED);
        cancelPendingOpen();
        Link l = link;
        if (l != null) {
            l.send(StompFrame.of("DISCONNECT", Map.of()));
            l.abort();
        }
        if (ownTimer) {
            timer.shutdownNow();
        }
    }

    private synchronized void open() {
        Link current = link;
        if (state == State.CLOSED || held || current != null && !current.gone.get()) {
            return; // closed, offline on purpose, or a connection is already being made or in use
        }
        Link l = new Link();
        link = l;
        http.newWebSocketBuilder().subprotocols("v12.stomp").connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, l)
                .whenComplete((ws, e) -> {
                    if (e != null) {
                        l.lost("cannot connect: " + e.getMessage());
                    }
                });
    }

    private synchronized void scheduleReconnect() {
        if (state == State.CLOSED || held) {
            return;
        }
        setState(State.RECONNECTING);
        long base = Math.min(maxBackoff.toMillis(), minBackoff.toMillis() << Math.min(failures, 16));
        failures++;
        long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        try {
            cancelPendingOpen();
            pendingOpen = timer.schedule(this::open, delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // the timer is shut down: the client was closed meanwhile
        }
    }

    private void setState(State next) {
        if (state == State.CLOSED || state == next) {
            return;
        }
        state = next;
        for (Consumer<State> l : stateListeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "live state listener failed", e);
            }
        }
    }

    /** One WebSocket connection attempt and its STOMP session. */
    private final class Link implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        /** A binary message's parts so far: joined before decoding, as a character may span two parts. */
        private final ByteArrayOutputStream partialBytes = new ByteArrayOutputStream(0);
        private final AtomicBoolean gone = new AtomicBoolean();
        private volatile WebSocket ws;
        private volatile boolean connected;
        private volatile long lastHeard = System.nanoTime();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        private ScheduledFuture<?> beats;

        @Override
        public void onOpen(WebSocket webSocket) {
            this.ws = webSocket;
            if (gone.get()) {
                webSocket.abort(); // given up on (hold or close) while the handshake ran
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("accept-version", "1.2");
            headers.put("host", uri.getHost());
            long hb = heartbeat.toMillis();
            headers.put("heart-beat", hb + "," + hb);
            String t = token.get();
            if (t != null) {
                headers.put(LiveDestinations.AUTHORIZATION, "Bearer " + t);
            }
            if (terminal != null) {
                headers.put(Headers.TERMINAL, terminal);
            }
            send(StompFrame.of("CONNECT", headers));
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastHeard = System.nanoTime();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                handleAll(message);
            }
            webSocket.request(1);
            return null;
        }

        /** The server sends broadcasts as binary messages (UTF-8 STOMP frames, often several per message). */
        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            lastHeard = System.nanoTime();
            byte[] part = new byte[data.remaining()];
            data.get(part);
            partialBytes.writeBytes(part);
            if (last) {
                String message = partialBytes.toString(StandardCharsets.UTF_8);
                partialBytes.reset();
                handleAll(message);
            }
            webSocket.request(1);
            return null;
        }

        private void handleAll(String message) {
            for (StompFrame frame : StompFrame.decodeAll(message)) {
                handle(frame);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost("closed by the server (" + statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(error.toString());
        }

        private void handle(StompFrame frame) {
            switch (frame.command()) {
                case "CONNECTED" -> connected(frame);
                case "MESSAGE" -> {
                    Sub<?> sub = subscriptions.get(String.valueOf(frame.header("subscription")));
                    if (sub != null) {
                        sub.deliver(frame.body());
                    }
                }
                case "RECEIPT" -> {
                    String id = String.valueOf(frame.header("receipt-id"));
                    Sub<?> sub = subscriptions.get(id.substring(id.indexOf(':') + 1));
                    if (sub != null) {
                        sub.confirmed(connects.get());
                    }
                }
                case "ERROR" -> {
                    String why = frame.header("message");
                    for (Consumer<String> l : errorListeners) {
                        l.accept(why == null ? frame.body() : why);
                    }
                }
                default -> {
                }
            }
        }

        private void connected(StompFrame frame) {
            connected = true;
            failures = 0;
            connects.incrementAndGet();
            long[] server = parseBeats(frame.header("heart-beat"));
            long mine = heartbeat.toMillis();
            long sendEvery = server[1] == 0 ? 0 : Math.max(mine, server[1]);
            long expectEvery = server[0] == 0 ? 0 : Math.max(mine, server[0]);
            if (sendEvery > 0 || expectEvery > 0) {
                long tick = Math.max(50, Math.min(sendEvery > 0 ? sendEvery : Long.MAX_VALUE, expectEvery > 0 ? expectEvery : Long.MAX_VALUE) / 2);
                long[] lastSent = {System.nanoTime()};
                beats = timer.scheduleAtFixedRate(() -> {
                    long now = System.nanoTime();
                    if (expectEvery > 0 && now - lastHeard > TimeUnit.MILLISECONDS.toNanos(expectEvery * 3)) {
                        abort();
                        lost("no heart-beat from the server");
                        return;
                    }
                    if (sendEvery > 0 && now - lastSent[0] >= TimeUnit.MILLISECONDS.toNanos(sendEvery)) {
                        lastSent[0] = now;
                        sendRaw("\n");
                    }
                }, tick, tick, TimeUnit.MILLISECONDS);
            }
            setState(State.CONNECTED);
            subscriptions.values().forEach(this::subscribe);
        }

        void subscribe(Sub<?> sub) {
            send(StompFrame.of("SUBSCRIBE", Map.of("id", sub.id, "destination", sub.destination,
                    "receipt", "sub-" + connects.get() + ":" + sub.id)));
        }

        void unsubscribe(Sub<?> sub) {
            if (connected) {
                send(StompFrame.of("UNSUBSCRIBE", Map.of("id", sub.id)));
            }
        }

        void send(StompFrame frame) {
            sendRaw(frame.encode());
        }

        /** The JDK WebSocket takes one send at a time: chain them. */
        synchronized void sendRaw(String text) {
            WebSocket w = ws;
            if (w == null || gone.get()) {
                return;
            }
            sending = sending.exceptionally(e -> null).thenCompose(x -> w.sendText(text, true));
        }

        void abort() {
            WebSocket w = ws;
            if (w != null) {
                w.abort();
            }
            lost("aborted");
        }

        void lost(String why) {
            if (!gone.compareAndSet(false, true)) {
                return;
            }
            connected = false;
            if (beats != null) {
                beats.cancel(false);
            }
            WebSocket w = ws;
            if (w != null) {
                w.abort();
            }
            LOG.log(System.Logger.Level.DEBUG, "live connection lost: {0}", why);
            if (link == this) {
                scheduleReconnect();
            }
        }
    }

    private static long[] parseBeats(String header) {
        if (header == null) {
            return new long[] {0, 0};
        }
        String[] p = header.split(",");
        try {
            return new long[] {Long.parseLong(p[0].strip()), Long.parseLong(p[1].strip())};
        } catch (RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private final class Sub<T> implements Subscription {
        private final String id;
        private final String destination;
        private final Class<T> type;
        private final Consumer<T> onMessage;
        private final Runnable onResubscribed;
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private volatile long confirmedOn;

        Sub(String id, String destination, Class<T> type, Consumer<T> onMessage, Runnable onResubscribed) {
            this.id = id;
            this.destination = destination;
            this.type = type;
            this.onMessage = onMessage;
            this.onResubscribed = onResubscribed;
        }

        void deliver(String body) {
            try {
                onMessage.accept(JSON.readValue(body, type));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "live message on " + destination + " not handled", e);
            }
        }

        void confirmed(long connection) {
            long before = confirmedOn;
            confirmedOn = connection;
            if (!ready.isDone()) {
                ready.complete(null);
            } else if (before != connection && onResubscribed != null) {
                onResubscribed.run();
            }
        }

        @Override
        public String destination() {
            return destination;
        }

        @Override
        public CompletableFuture<Void> ready() {
            return ready;
        }

        @Override
        public void close() {
            if (subscriptions.remove(id) != null) {
                Link l = link;
                if (l != null) {
                    l.unsubscribe(this);
                }
            }
        }
    }
}
