package dev.tiketi.server.live;

/**
 * What one live session may cost, sized for what clients send: CONNECT (a bearer token of a few hundred
 * bytes and a terminal name of at most 64), SUBSCRIBE, UNSUBSCRIBE, DISCONNECT and heart-beats; never more
 * than about a kilobyte. Tomcat otherwise gives every session 8 KB read, write and encoder buffers and
 * 8 K-character text and 8 KB binary message buffers (with the socket's own buffers, about 100 KB of heap
 * per idle session).
 *
 * <ul>
 *   <li>Client frames arrive in parts of at most {@link #TEXT_BUFFER_CHARS} characters (the handler takes
 *       partial messages); Spring's STOMP decoder joins them and refuses a frame over
 *       {@link #CLIENT_FRAME_LIMIT} bytes with an ERROR frame, then closes the connection.</li>
 *   <li>Tomcat's read, write and encoder buffers are {@link #TOMCAT_BUFFER_BYTES}: a server frame longer than
 *       that goes out as several WebSocket fragments of one message (every client joins them; the broadcasts
 *       are a few hundred bytes).</li>
 *   <li>The connection's socket buffers (every HTTP connection's too) are {@link #SOCKET_READ_BUFFER_BYTES}
 *       and {@link #SOCKET_WRITE_BUFFER_BYTES}: see {@code LiveConfig.lightConnectionBuffers}.</li>
 * </ul>
 */
final class LightSessions {
    /** The largest client frame accepted: four times the largest the project's clients send. */
    static final int CLIENT_FRAME_LIMIT = 4 * 1024;
    static final int TEXT_BUFFER_CHARS = 1024;
    static final int BINARY_BUFFER_BYTES = 1024;
    static final int TOMCAT_BUFFER_BYTES = 2048;
    static final int SOCKET_READ_BUFFER_BYTES = 2048;
    /** One whole WebSocket fragment (header and {@link #TOMCAT_BUFFER_BYTES} of payload) in one write. */
    static final int SOCKET_WRITE_BUFFER_BYTES = 4096;
    /** Read once by Tomcat, when its WebSocket classes first load; an operator's own setting wins. */
    static final String TOMCAT_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private LightSessions() {
    }

    static void sizeTomcatBuffers() {
        if (System.getProperty(TOMCAT_BUFFER_PROPERTY) == null) {
            System.setProperty(TOMCAT_BUFFER_PROPERTY, String.valueOf(TOMCAT_BUFFER_BYTES));
        }
    }
}
