package dev.tiketi.server.live;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One broadcast as a STOMP MESSAGE frame, encoded to bytes once for every session of this instance. Everything
 * but the {@code subscription} header is shared: the head (command, destination, content type, message id,
 * length) and the tail (the JSON body and the frame's NUL). Clients number their subscriptions alike (the
 * project's client says {@code s1}, {@code s2}, ...), so the frame's bytes are built once per distinct
 * subscription id, not once per session, and most sessions are handed the very same array. Bytes, not text:
 * the outbox sends them as binary WebSocket messages, which Tomcat writes without a per-session UTF-8 pass.
 *
 * <p>Used by one thread (the one broadcasting); not thread-safe. The arrays are never changed once built.
 */
final class BroadcastFrame {
    private final byte[] head;
    private final byte[] tail;
    private final Map<String, byte[]> bySubscription = new HashMap<>(4);

    BroadcastFrame(String destination, String contentType, String messageId, byte[] body) {
        this.head = ("MESSAGE\ndestination:" + escape(destination) + "\ncontent-type:" + escape(contentType)
                + "\nmessage-id:" + escape(messageId) + "\ncontent-length:" + body.length + "\nsubscription:")
                .getBytes(StandardCharsets.UTF_8);
        this.tail = new byte[body.length + 3];
        tail[0] = '\n';
        tail[1] = '\n';
        System.arraycopy(body, 0, tail, 2, body.length);
        // the last byte stays 0: the frame's NUL
    }

    byte[] forSubscription(String subscriptionId) {
        return bySubscription.computeIfAbsent(subscriptionId, this::build);
    }

    /** How many distinct frames were built (one per distinct subscription id). */
    int encodings() {
        return bySubscription.size();
    }

    private byte[] build(String subscriptionId) {
        byte[] id = escape(subscriptionId).getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + id.length + tail.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(id, 0, frame, head.length, id.length);
        System.arraycopy(tail, 0, frame, head.length + id.length, tail.length);
        return frame;
    }

    /** STOMP 1.2 header escaping, as Spring's encoder does for MESSAGE frames. */
    private static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf(':') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ':' -> out.append("\\c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
