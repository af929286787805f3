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
 *   <li>Tomcat's read, write and encoder buffers are {@link #TOMCAT_BUFFER_BYTES}: Spring's text frames
 *       longer than that go out as several WebSocket fragments of one message (every client joins them), and
 *       a binary message of joined broadcasts ({@link LiveOutbox}) in socket writes of that size.</li>
 *   <li>The connection's socket buffers (every HTTP connection's too) are {@link #SOCKET_READ_BUFFER_BYTES}
 *       and {@link #SOCKET_WRITE_BUFFER_BYTES}: see {@code LiveConfig.lightConnectionBuffers}.</li>
 * </ul>
 */
final class LightSessions {
    /** The largest client frame accepted: four times the largest the project's clients send. */
    static final int CLIENT_FRAME_LIMIT = 4 * 1024;
    /** A client frame in parts of this many characters (a CONNECT with a token is two or three parts). */
    static final int TEXT_BUFFER_CHARS = 256;
    /** Clients send text; a binary frame would arrive in parts too. */
    static final int BINARY_BUFFER_BYTES = 256;
    static final int TOMCAT_BUFFER_BYTES = 1024;
    /**
     * Kept at 2 KB although the WebSocket needs less: Tomcat reads anything larger in parts of this size, and
     * an HTTP request with a bearer token is often more than 1 KB.
     */
    static final int SOCKET_READ_BUFFER_BYTES = 2048;
    /** One whole WebSocket write (header and {@link #TOMCAT_BUFFER_BYTES} of payload) in one socket write. */
    static final int SOCKET_WRITE_BUFFER_BYTES = 2048;
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
