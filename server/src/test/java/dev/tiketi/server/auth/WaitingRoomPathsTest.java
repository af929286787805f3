package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only the four shopper paths take confirmed claims; the admin's queue paths read the account as all others do. */
class WaitingRoomPathsTest {

    @Test
    void onlyTheShopperPathsOfTheWaitingRoomMatch() {
        assertThat(matches("POST", "/api/queue/check/42")).isTrue();
        assertThat(matches("GET", "/api/queue/status/42")).isTrue();
        assertThat(matches("POST", "/api/queue/heartbeat/42")).isTrue();
        assertThat(matches("POST", "/api/queue/leave/42")).isTrue();

        assertThat(matches("GET", "/api/queue/admin/42")).isFalse();
        assertThat(matches("POST", "/api/queue/admin/clear/42")).isFalse();
        assertThat(matches("GET", "/api/queue/check/42/more")).isFalse();
        assertThat(matches("GET", "/api/admin/users")).isFalse();
        assertThat(matches("POST", "/api/holds")).isFalse();
    }

    private static boolean matches(String method, String path) {
        return WaitingRoomPaths.matches(new MockHttpServletRequest(method, path));
    }
}
