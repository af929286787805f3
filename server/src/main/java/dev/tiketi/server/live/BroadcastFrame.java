package dev.tiketi.server.live;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.socket.TextMessage;

/**
 * One broadcast as a STOMP MESSAGE frame, built once for every session of this instance. Everything but the
 * {@code subscription} header is shared: the head (command, destination, content type, message id, length)
 * and the tail (the JSON body and the frame's NUL). Clients number their subscriptions alike (the project's
 * client says {@code s1}, {@code s2}, ...), so the whole text is built once per distinct subscription id, not
 * once per session, and most sessions are handed the very same message object.
 *
 * <p>Used by one thread (the one broadcasting); not thread-safe.
 */
final class BroadcastFrame {
    private final String head;
    private final String tail;
    private final Map<String, TextMessage> bySubscription = new HashMap<>(4);

    BroadcastFrame(String destination, String contentType, String messageId, byte[] body) {
        this.head = "MESSAGE\ndestination:" + escape(destination) + "\ncontent-type:" + escape(contentType)
                + "\nmessage-id:" + escape(messageId) + "\ncontent-length:" + body.length + "\nsubscription:";
        this.tail = "\n\n" + new String(body, StandardCharsets.UTF_8) + '\0';
    }

    TextMessage forSubscription(String subscriptionId) {
        return bySubscription.computeIfAbsent(subscriptionId, id -> new TextMessage(head + escape(id) + tail));
    }

    /** How many distinct texts were built (one per distinct subscription id). */
    int texts() {
        return bySubscription.size();
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
