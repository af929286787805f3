package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only a shopper's own hold paths take confirmed claims; the admin's forced release and orders read the account. */
class HoldPathsTest {

    @Test
    void onlyTheHoldPathsOfAShopperMatch() {
        assertThat(matches("POST", "/api/events/42/holds")).isTrue();
        assertThat(matches("GET", "/api/holds/42-AAAAAAAAAAAAAAAAAAAAAA")).isTrue();
        assertThat(matches("DELETE", "/api/holds/42-AAAAAAAAAAAAAAAAAAAAAA")).isTrue();
        assertThat(matches("POST", "/api/holds/42-AAAAAAAAAAAAAAAAAAAAAA/extend")).isTrue();

        assertThat(matches("DELETE", "/api/admin/holds/42-AAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(matches("POST", "/api/holds/")).isFalse();
        assertThat(matches("POST", "/api/holds/42-A/other")).isFalse();
        assertThat(matches("POST", "/api/holds/42-A//extend")).isFalse();
        assertThat(matches("POST", "/api/events/42/seats/holds")).isFalse();
        assertThat(matches("POST", "/api/events//holds")).isFalse();
        assertThat(matches("POST", "/api/orders")).isFalse();
        assertThat(matches("GET", "/api/events/42")).isFalse();
    }

    private static boolean matches(String method, String path) {
        return HoldPaths.matches(new MockHttpServletRequest(method, path));
    }
}
