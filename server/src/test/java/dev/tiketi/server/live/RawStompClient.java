package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A deliberately bad client over a bare socket: it can stop reading (a tiny receive buffer fills at once)
 * or stop sending heart-beats, which the real {@code LiveClient} never does. Only what the tests need of
 * RFC 6455: one handshake, masked text frames out, frames in.
 */
final class RawStompClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawStompClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects and sends CONNECT; {@code beatMillis} is the heart-beat it promises (and then never sends). */
    static RawStompClient open(int port, String token, String terminal, int beatMillis) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(2048);
        s.connect(new InetSocketAddress("127.0.0.1", port), 3000);
        RawStompClient c = new RawStompClient(s);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String handshake = "GET " + LiveDestinations.ENDPOINT + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n";
        c.out.write(handshake.getBytes(StandardCharsets.US_ASCII));
        c.out.flush();
        String response = c.readHttpHead();
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + response);
        }
        c.sendText("CONNECT\naccept-version:1.2\nhost:127.0.0.1\nheart-beat:" + beatMillis + ",0\nAuthorization:Bearer " + token + "\n"
                + (terminal == null ? "" : "X-Tiketi-Terminal:" + terminal + "\n") + "\n\0");
        String connected = c.readFrame(Duration.ofSeconds(3));
        if (connected == null || !connected.startsWith("CONNECTED")) {
            throw new IOException("not connected: " + connected);
        }
        return c;
    }

    void subscribe(String destination) throws IOException {
        subscribe("raw-1", destination);
    }

    void subscribe(String id, String destination) throws IOException {
        sendText("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nreceipt:raw-r1\n\n\0");
    }

    /** Reads until the subscription's receipt (skipping heart-beats and messages); then stops reading. */
    void awaitReceipt() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            String frame = readFrame(Duration.ofSeconds(3));
            if (frame != null && frame.startsWith("RECEIPT")) {
                return;
            }
        }
        throw new IOException("no receipt");
    }

    /** Sends one STOMP frame exactly as given (headers, blank line, body, NUL are the caller's). */
    void sendFrame(String frame) throws IOException {
        sendText(frame);
    }

    /**
     * The next MESSAGE frame's whole text (its WebSocket fragments joined), skipping heart-beats and other
     * frames; null if none arrives in time.
     */
    String awaitMessage(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        StringBuilder message = new StringBuilder();
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            int b0;
            try {
                b0 = in.read();
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (b0 < 0 || (b0 & 0x0f) == 0x8) {
                throw new IOException("closed");
            }
            message.append(new String(in.readNBytes((int) payloadLength()), StandardCharsets.UTF_8));
            if ((b0 & 0x80) == 0) {
                continue; // more fragments of this message follow
            }
            if (message.toString().startsWith("MESSAGE")) {
                return message.toString();
            }
            message.setLength(0);
        }
        return null;
    }

    /**
     * Reads everything still buffered; true if the server closed the connection (a close frame, end of
     * stream or a reset) before {@code within}.
     */
    boolean drainUntilClosed(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                socket.setSoTimeout(200);
                int b0 = in.read();
                if (b0 < 0) {
                    return true;
                }
                socket.setSoTimeout(3000);
                if ((b0 & 0x0f) == 0x8) {
                    return true;
                }
                in.readNBytes((int) payloadLength());
            } catch (SocketTimeoutException e) {
                // nothing yet; keep waiting until the deadline
            } catch (IOException e) {
                return true; // reset by the server
            }
        }
        return false;
    }

    /**
     * Reads frames until an ERROR frame (returned whole) or the end of the connection without one (null):
     * a close frame, end of stream or a reset. Heart-beats and other frames are skipped.
     */
    String awaitErrorFrame(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            int b0;
            String payload;
            try {
                socket.setSoTimeout(200);
                b0 = in.read();
                if (b0 < 0) {
                    return null;
                }
                socket.setSoTimeout(3000);
                payload = new String(in.readNBytes((int) payloadLength()), StandardCharsets.UTF_8);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                return null; // reset by the server
            }
            if ((b0 & 0x0f) == 0x8) {
                return null;
            }
            if (payload.startsWith("ERROR")) {
                return payload;
            }
        }
        throw new IOException("neither an ERROR frame nor a close within " + within);
    }

    private long payloadLength() throws IOException {
        int b1 = in.read();
        if (b1 < 0) {
            throw new IOException("closed");
        }
        long len = b1 & 0x7f;
        if (len == 126) {
            len = (in.read() << 8) | in.read();
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
                len = (len << 8) | in.read();
            }
        }
        return len;
    }

    private String readHttpHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        socket.setSoTimeout(3000);
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** One text frame's payload (a heart-beat is "\n"); null on time-out. */
    private String readFrame(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            int b0 = in.read();
            if (b0 < 0) {
                throw new IOException("closed");
            }
            byte[] payload = in.readNBytes((int) payloadLength());
            return new String(payload, StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length > 0xffff) {
            throw new IllegalArgumentException("frames up to 64 KB only");
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
