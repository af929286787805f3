package dev.tiketi.bench;

import dev.tiketi.live.LiveClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A share of scenario 6's idle sessions, in a process of its own: one process may hold only as many sockets as
 * its open-file limit (20,000 here, and the JVM's own files count), so 20,000 sessions take more than one.
 * {@code IdleClients <server base> <token> <count> <name prefix>}: connects, prints {@code connected N}; on the
 * line {@code count} prints {@code still N} (connected, never reconnected); on end of input closes and exits.
 */
public final class IdleClients {
    private IdleClients() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int sessions = Integer.parseInt(args[2]);
        String prefix = args[3];
        HttpClient shared = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<LiveClient> clients = new ArrayList<>(sessions);
        // bounded: a server at its open-file limit refuses the rest, and waiting 30 s per batch for them would
        // take the run past any sensible length; what did connect is what it holds
        long rampEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        for (int i = 0; i < sessions && System.nanoTime() < rampEnds; i++) {
            clients.add(LiveClient.builder(base, () -> token).terminal(prefix + i)
                    .heartbeat(Duration.ofSeconds(10)).backoff(Duration.ofSeconds(2), Duration.ofSeconds(10))
                    .httpClient(shared).scheduler(timer).connect());
            if (i % 200 == 199) {
                waitConnected(clients.subList(i - 199, i + 1), 10);
            }
        }
        waitConnected(clients, 20);
        System.out.println("connected " + clients.stream().filter(c -> c.state() == LiveClient.State.CONNECTED).count());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("count")) {
                System.out.println("still " + clients.stream().filter(c -> c.state() == LiveClient.State.CONNECTED && c.connectCount() == 1).count());
                System.out.flush();
            }
        }
        clients.forEach(LiveClient::close);
        timer.shutdownNow();
        System.exit(0);
    }

    private static void waitConnected(List<LiveClient> clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && clients.stream().anyMatch(c -> c.state() != LiveClient.State.CONNECTED)) {
            Thread.sleep(100); // pacing the connection ramp
        }
    }
}
