package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop takes exactly the tokens Spring Security's own resolver takes, and refuses the rest the same way. */
class BearerHeaderTest {
    /** Spring Security 7.1's {@code DefaultBearerTokenResolver} pattern. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);
    private static final String ALPHABET = "abzAZ09-._~+/= \t:;,\"'가ſKıİ\u0000";

    @Test
    void takesWhatSpringTakesOnATable() {
        for (String header : List.of("Bearer abc", "bearer abc", "BEARER a.b.c", "Bearer a.b.c==", "Bearer a=b", "Bearer ",
                "Bearer", "Bearer  abc", "Bearer abc ", "Bearer abc\n", "Basic abc", "Bearerabc", "Bearer 가나다",
                "Bearer ab=c=", "Bearer ===", "ſearer abc", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.c2lnbmF0dXJl",
                "Bearer a\u0000")) {
            assertSame(header);
        }
    }

    @Test
    void takesWhatSpringTakesOnRandomHeaders() {
        Random random = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder header = new StringBuilder(random.nextInt(4) == 0 ? "" : random.nextBoolean() ? "Bearer " : "bEaReR ");
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                header.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertSame(header.toString());
        }
    }

    @Test
    void resolvesAsSpringsResolver() {
        BearerHeader ours = new BearerHeader();
        DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
        for (String header : new String[] {null, "Basic dXNlcjpwYXNz", "Bearer abc.def.ghi", "bearer abc", "Bearer a b", "Bearer"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/system/ping");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            String expected;
            try {
                expected = spring.resolve(request);
            } catch (OAuth2AuthenticationException e) {
                assertThatThrownBy(() -> ours.resolve(request)).as(header).isInstanceOf(OAuth2AuthenticationException.class)
                        .hasMessage(e.getMessage());
                continue;
            }
            assertThat(ours.resolve(request)).as(header).isEqualTo(expected);
        }
    }

    private static void assertSame(String header) {
        Matcher m = SPRING.matcher(header);
        String expected = m.matches() ? m.group("token") : null;
        assertThat(BearerHeader.token(header)).as("[%s]", header).isEqualTo(expected);
    }
}
