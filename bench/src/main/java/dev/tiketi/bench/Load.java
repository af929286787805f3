package dev.tiketi.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Two ways to load a server. Open loop: requests start on a fixed schedule whatever the server does, and
 * each latency is measured from when the request was due, so a stall shows up in the numbers instead of
 * slowing the load down (no coordinated omission). Closed loop: N workers each send the next request as soon
 * as the last one answered, to find the most the server takes.
 */
final class Load {
    private Load() {
    }

    /** What a run measured: latency (µs) of the requests answered 2xx, counts, and the achieved rate. */
    record Result(Histogram latency, long ok, long errors, double seconds, java.util.Map<Integer, Long> errorsByStatus) {
        /** "errors 12 (HTTP 409: 10, no answer: 2)"; status 0 is a request that got no answer (time-out, refused). */
        String errorText() {
            if (errors == 0) {
                return "errors 0";
            }
            StringBuilder s = new StringBuilder("errors ").append(errors).append(" (");
            errorsByStatus.forEach((k, v) -> s.append(k == 0 ? "no answer" : "HTTP " + k).append(": ").append(v).append(", "));
            return s.substring(0, s.length() - 2) + ")";
        }

        double rate() {
            return ok / seconds;
        }

        double p(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double max() {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0;
        }
    }

    /** Connections an open-loop run may use at once, as wrk2 holds a fixed set of connections. */
    static final int CONNECTIONS = 64;

    /**
     * {@code call.apply(i)} starts request i; the result's status decides ok or error. At most
     * {@link #CONNECTIONS} requests are in flight: one due while all are busy waits for a free one, and its
     * latency still counts from when it was due. Without the bound, a server that falls behind is handed a
     * new connection per late request, thousands of them, and spends itself on connections instead of answers.
     */
    static Result openLoop(double perSecond, double seconds, IntFunction<CompletableFuture<Http.Res>> call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.Map<Integer, Long> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        int total = (int) Math.round(perSecond * seconds);
        CountDownLatch done = new CountDownLatch(total);
        java.util.concurrent.Semaphore connections = new java.util.concurrent.Semaphore(CONNECTIONS);
        long start = System.nanoTime();
        long intervalNanos = (long) (1e9 / perSecond);
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // pacing the schedule, not waiting for an outcome
            }
            connections.acquire();
            call.apply(i).whenComplete((r, e) -> {
                connections.release();
                long micros = (System.nanoTime() - due) / 1000;
                if (e == null && r.status() / 100 == 2) {
                    recorder.recordValue(Math.max(1, micros));
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    byStatus.merge(e == null ? r.status() : 0, 1L, Long::sum);
                }
                done.countDown();
            });
        }
        done.await(60, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        return new Result(recorder.getIntervalHistogram(), ok.get(), errors.get(), Math.max(seconds, took), byStatus);
    }

    /** {@code workers} loops for {@code seconds}; {@code call.apply(i)} with a global request index. */
    static Result closedLoop(int workers, double seconds, IntFunction<Http.Res> call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.Map<Integer, Long> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            threads[w] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    Http.Res r = call.apply(next.getAndIncrement());
                    if (r == null) {
                        return; // nothing left to do (e.g. sold out)
                    }
                    if (r.status() / 100 == 2) {
                        recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        byStatus.merge(r.status(), 1L, Long::sum);
                    }
                }
            }, "bench-worker-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(recorder.getIntervalHistogram(), ok.get(), errors.get(), (System.nanoTime() - start) / 1e9, byStatus);
    }
}
