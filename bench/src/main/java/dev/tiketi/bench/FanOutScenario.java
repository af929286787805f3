package dev.tiketi.bench;

import dev.tiketi.live.LiveClient;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.SeatState;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Scenarios 4 and 5: many STOMP subscribers on one event's seats (the project's own LiveClient), a steady
 * stream of holds, and the time from sending a change to each subscriber having it. Subscribers may sit on
 * another instance than the one taking the changes (scenario 5). Also counts version gaps and sessions lost.
 */
final class FanOutScenario {
    private FanOutScenario() {
    }

    record Outcome(Histogram latency, long delivered, long expected, long gaps, long closed, double seconds, long heapWhileRunning,
                   java.time.Duration serverCpu) {
        double deliveriesPerSecond() {
            return delivered / seconds;
        }

        /** The measured server's CPU per delivered message (with the holds that caused them), in µs. */
        double serverMicrosPerDelivery() {
            return delivered == 0 ? Double.NaN : serverCpu.toNanos() / 1e3 / delivered;
        }
    }

    static Outcome run(Http changes, String subscriberBase, World world, String clerk, int subscribers, double perSecond,
                       double seconds, ServerProcess measured) throws Exception {
        return run(changes, subscriberBase, world, clerk, subscribers, new double[] {perSecond}, seconds, measured).get(0);
    }

    /**
     * One set of subscribers, then one run per change rate, in the order given (each after the last one's
     * deliveries drained): the first is the scenario's rate, the others look for the most it sustains.
     */
    static List<Outcome> run(Http changes, String subscriberBase, World world, String clerk, int subscribers, double[] rates,
                             double seconds, ServerProcess measured) throws Exception {
        int total = 0;
        for (double rate : rates) {
            total += (int) Math.round(rate * seconds);
        }
        World.Hall hall = world.hall("Bench fan-out " + subscribers + " " + System.nanoTime(), 100, Math.max(2, total / 100 + 1));
        long event = world.reservedEvent("Fan-out", hall.venueId());
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        Recorder recorder = new Recorder(3);
        AtomicLong delivered = new AtomicLong();
        AtomicLong gaps = new AtomicLong();
        AtomicLong closed = new AtomicLong();
        HttpClient shared = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        List<LiveClient> clients = new ArrayList<>(subscribers);
        List<LiveClient.Subscription> subs = new ArrayList<>(subscribers);
        try {
            for (int c = 0; c < subscribers; c++) {
                LiveClient client = LiveClient.builder(URI.create(subscriberBase), () -> clerk).terminal("fan-" + c)
                        .httpClient(shared).scheduler(timer).connect();
                AtomicLong last = new AtomicLong(-1);
                boolean[] wasUp = {false};
                client.onState(s -> {
                    if (s == LiveClient.State.CONNECTED) {
                        wasUp[0] = true;
                    } else if (wasUp[0]) {
                        closed.incrementAndGet();
                    }
                });
                subs.add(client.subscribe(LiveDestinations.seats(event), SeatsUpdate.class, u -> {
                    long now = System.nanoTime();
                    if (u.resync()) {
                        return;
                    }
                    long before = last.getAndSet(u.version());
                    if (before >= 0 && u.version() != before + 1) {
                        gaps.incrementAndGet();
                    }
                    for (SeatState s : u.seats()) {
                        Long t0 = sentAt.get(s.seatId());
                        if (t0 != null) {
                            recorder.recordValue(Math.max(1, (now - t0) / 1000));
                            delivered.incrementAndGet();
                        }
                    }
                }, null));
                clients.add(client);
                if (c % 250 == 249) {
                    awaitReady(subs, 60);
                }
            }
            awaitReady(subs, 120);
            // first messages of each subscriber set its version; from here every change must be the next one
            List<Outcome> outcomes = new ArrayList<>();
            int firstSeat = 0;
            for (double perSecond : rates) {
                outcomes.add(once(changes, clerk, subscribers, perSecond, seconds, measured, hall, firstSeat, event, sentAt, recorder, delivered,
                        gaps, closed));
                firstSeat += (int) Math.round(perSecond * seconds);
            }
            return outcomes;
        } finally {
            clients.forEach(LiveClient::close);
            timer.shutdownNow();
        }
    }

    private static Outcome once(Http changes, String clerk, int subscribers, double perSecond, double seconds, ServerProcess measured,
                                World.Hall hall, int firstSeat, long event, Map<Long, Long> sentAt, Recorder recorder, AtomicLong delivered,
                                AtomicLong gaps, AtomicLong closed) throws Exception {
        int count = (int) Math.round(perSecond * seconds);
        recorder.getIntervalHistogram(); // starts this run's histogram
        long deliveredBefore = delivered.get();
        long gapsBefore = gaps.get();
        long closedBefore = closed.get();
        long[] heap = {0};
        java.time.Duration cpu0 = measured.cpu();
        Load.Result sent = Load.openLoop(perSecond, seconds, i -> {
            long seat = hall.seatIds().get(firstSeat + i);
            sentAt.put(seat, System.nanoTime());
            if (i == count / 2) {
                try {
                    heap[0] = measured.heapUsed();
                } catch (Exception e) {
                    heap[0] = -1;
                }
            }
            return changes.sendAsync("POST", "/api/events/" + event + "/holds", Map.of("seatIds", List.of(seat)), clerk,
                    Map.of("X-Tiketi-Terminal", "driver"));
        });
        long expected = sent.ok() * subscribers;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (delivered.get() - deliveredBefore < expected && System.nanoTime() < deadline) {
            Thread.sleep(50); // letting the last deliveries drain before counting
        }
        return new Outcome(recorder.getIntervalHistogram(), delivered.get() - deliveredBefore, expected, gaps.get() - gapsBefore,
                closed.get() - closedBefore, seconds, heap[0], measured.cpu().minus(cpu0));
    }

    static void awaitReady(List<LiveClient.Subscription> subs, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (LiveClient.Subscription s : subs) {
            long left = deadline - System.nanoTime();
            try {
                s.ready().get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("subscriptions not confirmed within " + seconds + " s", e);
            }
        }
    }
}
