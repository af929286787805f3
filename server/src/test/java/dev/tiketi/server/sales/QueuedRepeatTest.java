package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.server.payments.SimulatedPaymentTerminal;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Repeats of one Idempotency-Key while the event's waiting room is on. Buying gives the slot up, so a repeat
 * that reached the admission check after the first request had finished used to be refused as "your turn has
 * lapsed": the key must be looked at first, whatever the admission says by then.
 */
class QueuedRepeatTest extends IntegrationTest {
    private static final int ROUNDS = 12;
    private static final int REPEATS = 8;
    private static final long STD_PRICE = 50_000;

    @Autowired
    JwtEncoder encoder;
    @Autowired
    SimulatedPaymentTerminal terminal;

    @Test
    void concurrentRepeatsOfAnAdmittedPurchaseGetTheOrderOrInProgressNeverALapsedTurn() throws Exception {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        Sales sales = new Sales(api);
        Queues queue = new Queues(api);
        long venue = fixtures.venue(Fixtures.smallVenue("세종문화회관"));
        long event = fixtures.publishedEvent(Fixtures.onSale("조수미 콘서트", venue));
        queue.configure(event, admin, QueueMode.FORCED_ON, 1_000_000, 1_000_000, 300, 3600);
        Map<String, Long> seats = sales.seatIds(venue);
        long before = terminal.netCharged();

        for (int round = 1; round <= ROUNDS; round++) {
            Shopper shopper = Shoppers.create(data.jdbc(), encoder, 1).get(0);
            String admission = admitted(queue, event, shopper.token());
            Api.Res hold = api.send("POST", "/api/events/" + event + "/holds",
                    "{\"seatIds\":[" + seats.get("FLR-" + (char) ('C' + (round - 1) / 10) + "-" + ((round - 1) % 10 + 1)) + "]}", "application/json", shopper.token(),
                    Queues.admission(admission, null));
            assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
            String holdId = hold.body().get("holdId").asString();
            String key = "repeat-" + UUID.randomUUID();

            List<Api.Res> answers = Race.run(REPEATS, i -> buy(holdId, shopper.token(), admission, key));

            Set<Long> orderIds = new HashSet<>();
            for (Api.Res r : answers) {
                assertThat(r.status()).as("round %d: %s", round, r).isIn(201, 409);
                if (r.status() == 201) {
                    orderIds.add(r.as(OrderView.class).id());
                } else {
                    assertThat(r.code()).as("round %d: %s", round, r).isEqualTo("REQUEST_IN_PROGRESS");
                }
            }
            assertThat(orderIds).as("round %d", round).hasSize(1);
            assertThat(data.count("customer_order")).as("round %d", round).isEqualTo(round);
            assertThat(terminal.netCharged() - before).as("round %d", round).isEqualTo(round * STD_PRICE);
            assertThat(queue.status(event, shopper.token()).state()).as("buying gave the slot up").isEqualTo(QueueState.NOT_QUEUED);

            Api.Res later = buy(holdId, shopper.token(), admission, key);
            assertThat(later.status()).as(later.toString()).isEqualTo(201);
            assertThat(later.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(later.as(OrderView.class).id()).isEqualTo(orderIds.iterator().next());
        }
        assertThat(data.count("payment")).isEqualTo(ROUNDS);
        assertThat(terminal.netCharged() - before).isEqualTo(ROUNDS * STD_PRICE);
    }

    @Test
    void theKeyStaysBoundToItsCallerAndItsHoldAfterTheSlotIsGivenUp() {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        Sales sales = new Sales(api);
        Queues queue = new Queues(api);
        long venue = fixtures.venue(Fixtures.smallVenue("예술의전당"));
        long event = fixtures.publishedEvent(Fixtures.onSale("정명훈 리사이틀", venue));
        queue.configure(event, admin, QueueMode.FORCED_ON, 1_000_000, 1_000_000, 300, 3600);
        Map<String, Long> seats = sales.seatIds(venue);
        List<Shopper> two = Shoppers.create(data.jdbc(), encoder, 2);
        Shopper buyer = two.get(0);
        Shopper other = two.get(1);
        String admission = admitted(queue, event, buyer.token());
        String holdId = api.send("POST", "/api/events/" + event + "/holds", "{\"seatIds\":[" + seats.get("FLR-D-1") + "]}",
                "application/json", buyer.token(), Queues.admission(admission, null)).body().get("holdId").asString();
        assertThat(buy(holdId, buyer.token(), admission, "bound-key-1").status()).isEqualTo(201);

        // another customer with the same key is a new request of theirs, for a hold that is not theirs: no replay of the buyer's order
        Api.Res stranger = buy(holdId, other.token(), admitted(queue, event, other.token()), "bound-key-1");
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("HOLD_NOT_FOUND");
        // the buyer reusing the key for another body (another hold) is refused as before
        Api.Res reused = buy("1-AAAAAAAAAAAAAAAAAAAAAA", buyer.token(), admission, "bound-key-1");
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(data.count("customer_order")).isEqualTo(1);
    }

    private String admitted(Queues queue, long event, String token) {
        queue.check(event, token);
        return await().atMost(Duration.ofSeconds(5)).until(() -> queue.status(event, token),
                s -> s.state() == QueueState.ADMITTED).admissionToken();
    }

    private Api.Res buy(String holdId, String token, String admission, String key) {
        Map<String, String> headers = new HashMap<>(Queues.admission(admission, null));
        headers.put(Headers.IDEMPOTENCY_KEY, key);
        return api.send("POST", "/api/orders", Api.JSON.writeValueAsString(new OrderRequest(holdId,
                PaymentRequest.of(Tender.card(Sales.CARD)), "김민지")), "application/json", token, headers);
    }
}
