package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.server.support.AdmissionRecorder;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import dev.tiketi.server.support.TwoInstanceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Two servers admitting from one line in one Redis, as behind a load balancer: never more admitted than
 * the threshold at any moment, and every one of 2,000 shoppers let in exactly once, by one server or the other.
 */
class QueueClusterTest extends TwoInstanceTest {
    private static final int THRESHOLD = 40;
    private static final int SHOPPERS = 2000;

    @Autowired
    JwtEncoder encoder;
    @Autowired
    AdmissionRecorder firstAdmissions;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void twoAdmittersNeverExceedTheThresholdAndLetEveryoneInExactlyOnce() throws Exception {
        AdmissionRecorder secondAdmissions = second.context().getBean(AdmissionRecorder.class);
        firstAdmissions.reset();
        secondAdmissions.reset();
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long event = fixtures.publishedEvent(Fixtures.onSale("Rush", fixtures.venue(Fixtures.smallVenue("Hall"))));
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, THRESHOLD, 1_000_000, 3600, 3600);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, SHOPPERS);
        Map<String, String> tokens = shoppers.stream().collect(Collectors.toMap(s -> "u" + s.id(), Shopper::token));
        List<Queues> servers = List.of(new Queues(api), new Queues(second.api()));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong samples = new AtomicLong();
        AtomicLong most = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                long admitted = redis.opsForZSet().zCard(data.redisKey("adm:{e" + event + "}"));
                most.accumulateAndGet(admitted, Math::max);
                samples.incrementAndGet();
            }
        });
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // everyone checks in through one server or the other, eight at a time, while both admit
            List<Future<?>> joins = new ArrayList<>();
            for (int i = 0; i < SHOPPERS; i++) {
                Shopper s = shoppers.get(i);
                Queues via = servers.get(i % 2);
                joins.add(pool.submit(() -> via.check(event, s.token())));
            }
            for (Future<?> f : joins) {
                f.get();
            }
            // whoever is let in leaves at once (through either server), freeing the slot for the next
            Map<String, Boolean> left = new HashMap<>();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10)).until(() -> {
                List<Future<?>> leaving = new ArrayList<>();
                List<String> in = new ArrayList<>(firstAdmissions.shoppers(event));
                in.addAll(secondAdmissions.shoppers(event));
                for (String shopper : in) {
                    if (left.putIfAbsent(shopper, true) == null) {
                        Queues via = servers.get(left.size() % 2);
                        leaving.add(pool.submit(() -> via.leave(event, tokens.get(shopper))));
                    }
                }
                for (Future<?> f : leaving) {
                    f.get();
                }
                return in.size() >= SHOPPERS;
            });
        } finally {
            running.set(false);
            sampler.join(5_000);
            pool.shutdownNow();
        }

        List<String> all = new ArrayList<>(firstAdmissions.shoppers(event));
        all.addAll(secondAdmissions.shoppers(event));
        Map<String, Long> times = all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times.keySet()).as("everyone was let in").isEqualTo(tokens.keySet());
        assertThat(times.values()).as("nobody was let in twice").allMatch(n -> n == 1);
        assertThat(all).hasSize(SHOPPERS);
        assertThat(firstAdmissions.shoppers(event)).as("the first server admitted some").isNotEmpty();
        assertThat(secondAdmissions.shoppers(event)).as("the second server admitted some").isNotEmpty();
        assertThat(samples.get()).as("the admitted set was sampled throughout").isGreaterThan(1000);
        assertThat(most.get()).as("never more admitted than the threshold").isLessThanOrEqualTo(THRESHOLD);
        assertThat(most.get()).as("the threshold was reached, so the bound was tested").isEqualTo(THRESHOLD);
        assertThat(new Queues(api).status(event, shoppers.get(0).token()).state()).isEqualTo(QueueState.NOT_QUEUED);
    }
}
