package dev.tiketi.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.TenderType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles stay in step, and every text the server or the enums can produce has words in both. */
class BundlesTest {
    private static final Map<Locale, Properties> BUNDLES = Map.of(Locale.ENGLISH, load("messages.properties"),
            Locale.KOREAN, load("messages_ko.properties"));

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        TreeSet<String> english = new TreeSet<>(BUNDLES.get(Locale.ENGLISH).stringPropertyNames());
        TreeSet<String> korean = new TreeSet<>(BUNDLES.get(Locale.KOREAN).stringPropertyNames());

        assertThat(korean).as("keys only in English are missing in Korean").containsAll(english);
        assertThat(english).as("keys only in Korean are missing in English").containsAll(korean);
    }

    @Test
    void everyErrorCodeRoleAndTenderHasTextInBothLanguages() {
        BUNDLES.forEach((locale, texts) -> {
            assertThat(Arrays.stream(ErrorCode.values()).map(c -> "problem." + c.name()).filter(k -> !texts.containsKey(k)))
                    .as("problem texts missing in %s", locale).isEmpty();
            assertThat(Arrays.stream(Role.values()).map(r -> "role." + r.name()).filter(k -> !texts.containsKey(k)))
                    .as("role names missing in %s", locale).isEmpty();
            assertThat(Arrays.stream(TenderType.values()).map(t -> "tender." + t.name()).filter(k -> !texts.containsKey(k)))
                    .as("tender names missing in %s", locale).isEmpty();
        });
    }

    @Test
    void everyPatternParsesAndNoTextIsBlank() {
        BUNDLES.forEach((locale, texts) -> texts.stringPropertyNames().forEach(key -> {
            String value = texts.getProperty(key);
            assertThat(value).as("%s in %s", key, locale).isNotBlank();
            assertThatCode(() -> new MessageFormat(value, locale)).as("%s in %s", key, locale).doesNotThrowAnyException();
        }));
    }

    @Test
    void englishCountsAreNeverABareNumberBeforeAPluralNoun() {
        // "{0} tickets" reads "1 tickets": every counted noun goes through a choice format instead
        // (inside a choice, after its "1<", the number may stand before the plural)
        Pattern bare = Pattern.compile("(?<![<#])\\{\\d+(,number(,integer)?)?\\} (tickets?|orders?|seats?|events?)\\b");
        Properties english = BUNDLES.get(Locale.ENGLISH);
        assertThat(english.stringPropertyNames().stream().filter(k -> bare.matcher(english.getProperty(k)).find()).sorted())
                .isEmpty();
    }

    @Test
    void countsReadRightForOneAndForMany() {
        Messages en = new Messages(Locale.ENGLISH);

        assertThat(en.text("orders.found", 1)).isEqualTo("1 order found.");
        assertThat(en.text("orders.found", 2)).isEqualTo("2 orders found.");
        assertThat(en.text("orders.tickets", 1)).isEqualTo("1 ticket");
        assertThat(en.text("orders.tickets", 1200)).isEqualTo("1,200 tickets");
        assertThat(en.text("orders.refunded", 1, "₩50,000")).isEqualTo("Refunded 1 ticket; ₩50,000 goes back to the customer.");
        assertThat(en.text("orders.refunded", 3, "₩150,000")).isEqualTo("Refunded 3 tickets; ₩150,000 goes back to the customer.");
        assertThat(en.text("counter.held", 1)).isEqualTo("1 ticket held. Take payment, or extend with F6.");
        assertThat(en.text("counter.held", 4)).isEqualTo("4 tickets held. Take payment, or extend with F6.");
        assertThat(en.text("counter.sold", "T0042", 1)).isEqualTo("Sold: order T0042, 1 ticket. F8 prints it.");
        assertThat(en.text("counter.sold", "T0042", 2)).isEqualTo("Sold: order T0042, 2 tickets. F8 prints them.");
        assertThat(en.text("counter.takenOffer", 1)).isEqualTo("A seat was just taken. The nearest free seat is chosen instead: F5 holds it.");
        assertThat(en.text("counter.takenOffer", 3))
                .isEqualTo("A seat was just taken. The 3 nearest free seats are chosen instead: F5 holds them.");
        // an order number is text, not a count: never "T0,042"
        assertThat(new Messages(Locale.KOREAN).text("counter.sold", "T0042", 2)).isEqualTo("판매 완료: 주문 T0042, 티켓 2장. F8로 인쇄하세요.");
    }

    private static Properties load(String name) {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/tiketi/desktop/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
