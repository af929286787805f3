package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only reading one event, its seats or its stock takes confirmed claims; lists, admin paths and writes read the account. */
class EventReadPathsTest {

    @Test
    void onlyTheReadsOfOneEventMatch() {
        assertThat(matches("GET", "/api/events/42")).isTrue();
        assertThat(matches("GET", "/api/events/42/seats")).isTrue();
        assertThat(matches("GET", "/api/events/42/stock")).isTrue();

        assertThat(matches("GET", "/api/events")).isFalse();
        assertThat(matches("GET", "/api/events/")).isFalse();
        assertThat(matches("GET", "/api/events//seats")).isFalse();
        assertThat(matches("GET", "/api/events/42/seats/1")).isFalse();
        assertThat(matches("GET", "/api/events/42/presence")).isFalse();
        assertThat(matches("GET", "/api/admin/events/42")).isFalse();
        assertThat(matches("POST", "/api/events/42/holds")).isFalse();
        assertThat(matches("PUT", "/api/events/42")).isFalse();
        assertThat(matches("DELETE", "/api/events/42/stock")).isFalse();
    }

    private static boolean matches(String method, String path) {
        return EventReadPaths.matches(new MockHttpServletRequest(method, path));
    }
}
