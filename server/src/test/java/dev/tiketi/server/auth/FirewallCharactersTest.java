package dev.tiketi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loop must answer exactly as Spring Security's own patterns (copied here from {@code StrictHttpFirewall}
 * 7.1): a firewall that let one more character through would be a hole, one that refused one more a 400 for a
 * real client.
 */
class FirewallCharactersTest {
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void answersAsTheFirewallsPatternsOnATableOfHardCases() {
        List<String> cases = List.of("", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.sig", "매표소 1번 창구", "\t", "a\tb",
                "a\nb", "a\rb", "\u0000", "\u007f", "\u0080", "\u009f", "\u00a0", "\u0378", "\u2028", "\u2029", "\ufeff",
                "\ufffe", "\uffff", "\ud83c\udfab 티켓", "\ud83c", "\udfab", "x\ud83cy", "\udb40\udc01", "\uDB7F\uDFFF",
                "\ud800\udc00", "😀", "\u200b", "\u0085", "key=값&x=\u001b[31m");
        for (String text : cases) {
            assertSame(text);
        }
    }

    @Test
    void answersAsTheFirewallsPatternsOnRandomText() {
        Random random = new Random(20261202);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                text.append(switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(0x100);          // ASCII, controls, Latin-1
                    case 1 -> (char) random.nextInt(0x10000);        // any UTF-16 unit, lone surrogates too
                    case 2 -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
                    default -> (char) (0xAC00 + random.nextInt(11172)); // Hangul syllables
                });
            }
            assertSame(text.toString());
        }
    }

    @Test
    void theFirewallUsesTheLoops() {
        List<String> refused = new ArrayList<>();
        for (String text : List.of("ok", "a\u0000", "a\u0378")) {
            if (!FirewallCharacters.NAMES.test(text)) {
                refused.add(text);
            }
        }
        assertThat(refused).containsExactly("a\u0000", "a\u0378");
        assertThat(FirewallCharacters.firewall()).isNotNull();
    }

    private static void assertSame(String text) {
        assertThat(FirewallCharacters.NAMES.test(text)).as("name %s", escape(text))
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(FirewallCharacters.HEADER_VALUES.test(text)).as("header value %s", escape(text))
                .isEqualTo(HEADER_VALUES.matcher(text).matches());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
