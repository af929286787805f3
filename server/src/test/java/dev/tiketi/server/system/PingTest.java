package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PingTest extends IntegrationTest {

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
}
