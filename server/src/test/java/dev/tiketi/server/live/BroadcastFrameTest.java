package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BroadcastFrameTest {
    private final byte[] body = "{\"name\":\"공연\"}".getBytes(StandardCharsets.UTF_8);
    private final BroadcastFrame frame = new BroadcastFrame("/topic/events.7.stock", "application/json", "ab-1", body);

    @Test
    void aFrameIsAStompMessageWithTheBodysByteLength() {
        assertThat(text(frame.forSubscription("s1"))).isEqualTo("MESSAGE\ndestination:/topic/events.7.stock\n"
                + "content-type:application/json\nmessage-id:ab-1\ncontent-length:" + body.length + "\nsubscription:s1\n\n"
                + "{\"name\":\"공연\"}\0");
    }

    @Test
    void sessionsWithTheSameSubscriptionIdShareOneArray() {
        byte[] first = frame.forSubscription("s1");
        assertThat(frame.forSubscription("s1")).isSameAs(first);
        assertThat(frame.forSubscription("s2")).isNotSameAs(first);
        assertThat(frame.encodings()).isEqualTo(2);
    }

    @Test
    void aSubscriptionIdIsEscapedAsStompSays() {
        assertThat(text(frame.forSubscription("a:b\nc\\"))).contains("\nsubscription:a\\cb\\nc\\\\\n\n");
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
