package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;

class BroadcastFrameTest {
    private final byte[] body = "{\"name\":\"공연\"}".getBytes(StandardCharsets.UTF_8);
    private final BroadcastFrame frame = new BroadcastFrame("/topic/events.7.stock", "application/json", "ab-1", body);

    @Test
    void aFrameIsAStompMessageWithTheBodysByteLength() {
        assertThat(frame.forSubscription("s1").getPayload()).isEqualTo("MESSAGE\ndestination:/topic/events.7.stock\n"
                + "content-type:application/json\nmessage-id:ab-1\ncontent-length:" + body.length + "\nsubscription:s1\n\n"
                + "{\"name\":\"공연\"}\0");
    }

    @Test
    void sessionsWithTheSameSubscriptionIdShareOneText() {
        TextMessage first = frame.forSubscription("s1");
        assertThat(frame.forSubscription("s1")).isSameAs(first);
        assertThat(frame.forSubscription("s2")).isNotSameAs(first);
        assertThat(frame.texts()).isEqualTo(2);
    }

    @Test
    void aSubscriptionIdIsEscapedAsStompSays() {
        assertThat(frame.forSubscription("a:b\nc\\").getPayload()).contains("\nsubscription:a\\cb\\nc\\\\\n\n");
    }
}
