package dev.tiketi.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One STOMP 1.2 frame: command, headers, body. Text only (the protocol's payloads are JSON); header values
 * are escaped as STOMP 1.2 says, except in CONNECT and CONNECTED frames, where the spec forbids escaping.
 */
public record StompFrame(String command, Map<String, String> headers, String body) {

    public StompFrame {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers)); // in the order given
        body = body == null ? "" : body;
    }

    public static StompFrame of(String command, Map<String, String> headers) {
        return new StompFrame(command, headers, "");
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String encode() {
        boolean escape = !command.equals("CONNECT") && !command.equals("CONNECTED");
        StringBuilder out = new StringBuilder(command).append('\n');
        headers.forEach((k, v) -> out.append(escape ? escape(k) : k).append(':').append(escape ? escape(v) : v).append('\n'));
        return out.append('\n').append(body).append('\0').toString();
    }

    /**
     * The frames in one WebSocket message, text or binary decoded as UTF-8 (the server joins the broadcasts
     * waiting for a client into one message); a message of only end-of-lines is a heart-beat and yields no
     * frame.
     */
    public static List<StompFrame> decodeAll(String message) {
        List<StompFrame> frames = new ArrayList<>();
        int start = 0;
        while (start < message.length()) {
            int end = message.indexOf('\0', start);
            String text = message.substring(start, end < 0 ? message.length() : end);
            String trimmed = text.replaceFirst("^[\r\n]+", "");
            if (!trimmed.isEmpty()) {
                frames.add(decode(trimmed));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return frames;
    }

    static StompFrame decode(String text) {
        int headerEnd = text.indexOf("\n\n");
        String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : text.substring(headerEnd + 2);
        String[] lines = head.split("\r?\n");
        String command = lines[0].strip();
        boolean escaped = !command.equals("CONNECTED");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String key = lines[i].substring(0, colon);
                String value = lines[i].substring(colon + 1);
                // the first occurrence of a repeated header wins (STOMP 1.2)
                headers.putIfAbsent(escaped ? unescape(key) : key, escaped ? unescape(value) : value);
            }
        }
        return new StompFrame(command, headers, body);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace(":", "\\c");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 'c' -> ':';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
