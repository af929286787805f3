package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Kept answers are reused only for an equal key, are the mapper's own bytes, and stay within their bounds. */
class AnswerBytesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Key(String version, int held) {
    }

    @Test
    void anEqualKeyReusesTheBytesAndAnyOtherKeySerialisesAgain() {
        AnswerBytes<Key> answers = new AnswerBytes<>(JSON, 10, 1 << 20);
        AtomicInteger built = new AtomicInteger();
        byte[] first = answers.bytes(1, new Key("v1", 2), () -> answer("콘서트", 2, built));
        byte[] again = answers.bytes(1, new Key("v1", 2), () -> answer("콘서트", 2, built));
        assertThat(again).isSameAs(first);
        assertThat(built).hasValue(1);
        assertThat(first).isEqualTo(JSON.writeValueAsBytes(Map.of("name", "콘서트", "held", 2)));

        byte[] moved = answers.bytes(1, new Key("v1", 3), () -> answer("콘서트", 3, built));
        assertThat(moved).isEqualTo(JSON.writeValueAsBytes(Map.of("name", "콘서트", "held", 3)));
        assertThat(answers.ifKey(1, new Key("v1", 2))).isNull();
        assertThat(answers.bytes(1, new Key("v2", 3), () -> answer("앵콜", 3, built)))
                .isEqualTo(JSON.writeValueAsBytes(Map.of("name", "앵콜", "held", 3)));
        assertThat(built).hasValue(3);
        assertThat(answers.key(1)).isEqualTo(new Key("v2", 3));
        assertThat(answers.key(2)).isNull();
    }

    @Test
    void staysWithinItsEventsAndBytes() {
        AnswerBytes<Key> answers = new AnswerBytes<>(JSON, 3, 1 << 20);
        for (long event = 1; event <= 10; event++) {
            answers.bytes(event, new Key("v", 0), () -> List.of(1, 2, 3));
            assertThat(answers.events()).isLessThanOrEqualTo(3);
            assertThat(answers.ifKey(event, new Key("v", 0))).isNotNull();
        }
        AnswerBytes<Key> small = new AnswerBytes<>(JSON, 100, 1_000);
        for (long event = 1; event <= 10; event++) {
            small.bytes(event, new Key("v", 0), () -> "x".repeat(300));
            assertThat(small.size()).isLessThanOrEqualTo(1_000);
            assertThat(small.ifKey(event, new Key("v", 0))).hasSize(302);
        }
        assertThat(small.events()).isEqualTo(3);
    }

    private static Object answer(String name, int held, AtomicInteger built) {
        built.incrementAndGet();
        return Map.of("name", name, "held", held);
    }
}
