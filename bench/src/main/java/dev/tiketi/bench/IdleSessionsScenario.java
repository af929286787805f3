package dev.tiketi.bench;

import dev.tiketi.live.LiveClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Scenario 6: idle STOMP sessions with 10 s heart-beats held by one instance, and what each costs in heap. */
final class IdleSessionsScenario {
    private IdleSessionsScenario() {
    }

    record Outcome(int asked, int connected, int stillConnected, long heapBefore, long heapAfter) {
        long bytesPerSession() {
            return connected == 0 ? 0 : (heapAfter - heapBefore) / connected;
        }
    }

    static Outcome run(ServerProcess server, String token, int sessions) throws Exception {
        long before = server.liveHeap();
        HttpClient shared = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<LiveClient> clients = new ArrayList<>(sessions);
        try {
            for (int i = 0; i < sessions; i++) {
                clients.add(LiveClient.builder(URI.create(server.base()), () -> token).terminal("idle-" + i)
                        .heartbeat(Duration.ofSeconds(10)).backoff(Duration.ofSeconds(2), Duration.ofSeconds(10))
                        .httpClient(shared).scheduler(timer).connect());
                if (i % 200 == 199) {
                    waitConnected(clients, 30);
                }
            }
            waitConnected(clients, 60);
            int connected = (int) clients.stream().filter(c -> c.state() == LiveClient.State.CONNECTED).count();
            long after = server.liveHeap();
            // through at least two heart-beat rounds: the sessions must stay up, idle
            Thread.sleep(25_000); // holding idle sessions open for a while is the measurement itself
            int still = (int) clients.stream().filter(c -> c.state() == LiveClient.State.CONNECTED && c.connectCount() == 1).count();
            return new Outcome(sessions, connected, still, before, after);
        } finally {
            clients.forEach(LiveClient::close);
            timer.shutdownNow();
        }
    }

    private static void waitConnected(List<LiveClient> clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && clients.stream().anyMatch(c -> c.state() != LiveClient.State.CONNECTED)) {
            Thread.sleep(100); // pacing the connection ramp
        }
    }
}
