package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PingTest extends IntegrationTest {
    @Autowired
    MeterRegistry meters;

    @Test
    void answersEverySignedInRoleAndNobodyElse() {
        for (String user : new String[] {"admin", "clerk", "kiosk", "customer"}) {
            Res r = api.get(ApiPaths.PING, api.login(user, PASSWORD));
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.body().get("ok").asBoolean()).isTrue();
        }
        assertThat(api.get(ApiPaths.PING, null).status()).isEqualTo(401);
        assertThat(api.get(ApiPaths.PING, "not-a-token").status()).isEqualTo(401);
    }

    /** The benchmark's yardstick pays what the rush's paths pay: confirmed claims, no database (decision 0025). */
    @Test
    void aWarmPingBorrowsNoConnection() {
        String clerk = api.login("clerk", PASSWORD);
        String customer = api.login("customer", PASSWORD);
        assertThat(api.get(ApiPaths.PING, clerk).status()).isEqualTo(200);
        assertThat(api.get(ApiPaths.PING, customer).status()).isEqualTo(200);
        double before = borrowed();
        for (int i = 0; i < 50; i++) {
            assertThat(api.get(ApiPaths.PING, i % 2 == 0 ? clerk : customer).status()).isEqualTo(200);
        }
        assertThat(borrowed() - before).as("PostgreSQL connections borrowed by 50 warm pings").isZero();
        // the meter does count: a path that reads the account borrows one
        assertThat(api.get(ApiPaths.ME, clerk).status()).isEqualTo(200);
        assertThat(borrowed() - before).isPositive();
    }

    private double borrowed() {
        Timer acquired = meters.find("hikaricp.connections.acquire").timer();
        assertThat(acquired).as("Hikari's meters").isNotNull();
        return acquired.count();
    }
}
