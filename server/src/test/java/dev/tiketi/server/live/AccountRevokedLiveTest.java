package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveRefusal;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.ServerInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Disabling an account ends its open live connections at once, on every instance, and they cannot come back. */
class AccountRevokedLiveTest extends IntegrationTest {

    @Test
    void disablingAClerkEndsTheirLiveSessionsOnEveryInstance() {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        String customer = api.login("customer", PASSWORD);
        long clerkId = api.get("/api/auth/me", clerk).body().get("id").asLong();
        Fixtures fixtures = new Fixtures(api, admin);
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", fixtures.venue(Fixtures.smallVenue("Hall"))));
        try (ServerInstance b = ServerInstance.start(Map.of()); LiveClients live = new LiveClients()) {
            LiveClient here = live.connect(port, clerk, "Counter 1");
            LiveClient there = live.connect(b.port(), clerk, "Counter 2");
            LiveClient bystander = live.connect(b.port(), customer, null);
            List<String> errorsHere = errors(here);
            List<String> errorsThere = errors(there);
            List<String> bystanderErrors = errors(bystander);
            for (LiveClient c : List.of(here, there, bystander)) {
                live.record(c, LiveDestinations.seats(event), SeatsUpdate.class);
            }

            assertThat(api.patch("/api/admin/users/" + clerkId, Map.of("enabled", false), admin).status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(5)).until(() -> errorsHere.contains(LiveRefusal.ACCOUNT_REVOKED.name())
                    && errorsThere.contains(LiveRefusal.ACCOUNT_REVOKED.name()));
            await().atMost(Duration.ofSeconds(5)).until(() -> here.state() != LiveClient.State.CONNECTED
                    && there.state() != LiveClient.State.CONNECTED);
            // they try to come back with the old token and are refused
            await().atMost(Duration.ofSeconds(5)).until(() -> errorsHere.contains(LiveRefusal.UNAUTHENTICATED.name()));
            assertThat(here.state()).isNotEqualTo(LiveClient.State.CONNECTED);
            assertThat(bystander.state()).isEqualTo(LiveClient.State.CONNECTED);
            assertThat(bystanderErrors).isEmpty();
        }
    }

    private static List<String> errors(LiveClient client) {
        List<String> errors = new CopyOnWriteArrayList<>();
        client.onError(errors::add);
        return errors;
    }
}
