package dev.tiketi.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StompFrameTest {

    @Test
    void aFrameEncodesAndDecodesBackWithEscapedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", "/topic/events.1.seats");
        headers.put("odd", "a:b\nc\\d");
        StompFrame frame = new StompFrame("MESSAGE", headers, "{\"x\":1}");
        assertThat(frame.encode()).isEqualTo("MESSAGE\ndestination:/topic/events.1.seats\nodd:a\\cb\\nc\\\\d\n\n{\"x\":1}\0");
        assertThat(StompFrame.decodeAll(frame.encode())).containsExactly(frame);
    }

    @Test
    void connectHeadersAreNotEscapedAsTheSpecSays() {
        StompFrame connect = StompFrame.of("CONNECT", Map.of("Authorization", "Bearer a:b"));
        assertThat(connect.encode()).contains("Authorization:Bearer a:b\n");
    }

    @Test
    void heartBeatsYieldNoFrameAndSeveralFramesInOneMessageAllCount() {
        assertThat(StompFrame.decodeAll("\n")).isEmpty();
        assertThat(StompFrame.decodeAll("\r\n")).isEmpty();
        List<StompFrame> two = StompFrame.decodeAll("RECEIPT\nreceipt-id:r1\n\n\0\nMESSAGE\nsubscription:s1\n\nbody\0");
        assertThat(two).extracting(StompFrame::command).containsExactly("RECEIPT", "MESSAGE");
        assertThat(two.get(1).body()).isEqualTo("body");
    }

    @Test
    void theFirstOfARepeatedHeaderWins() {
        StompFrame f = StompFrame.decodeAll("MESSAGE\nfoo:1\nfoo:2\n\n\0").get(0);
        assertThat(f.header("foo")).isEqualTo("1");
    }
}
