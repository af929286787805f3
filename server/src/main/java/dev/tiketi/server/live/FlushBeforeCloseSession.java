package dev.tiketi.server.live;

import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Spring's one-sender-at-a-time session, except that a close first lets every frame already handed to it
 * reach the socket. Spring's own drops what is still queued at close: a refused SUBSCRIBE's ERROR frame,
 * queued because another thread was just finishing a write to the same session (CONNECTED, a receipt), was
 * lost about one time in sixteen and the client saw the connection end without being told why.
 *
 * <p>The wait is exact, not a guess: frames are counted as they are handed in and as the socket is done with
 * them (written or failed). It applies to the close that follows an ERROR frame ({@code PROTOCOL_ERROR})
 * only, ends at once when a write has failed (what is queued behind it will never be written), and is
 * bounded: other closes (shutdown, a client gone, a slow client dropped) never wait on a socket.
 */
final class FlushBeforeCloseSession extends ConcurrentWebSocketSessionDecorator {
    /** Longest a refusal's close waits for its ERROR frame; a healthy socket takes microseconds. */
    private static final long MOST_WAIT_MILLIS = 2_000;

    private final Written written;
    private final long sendTimeLimitMillis;
    private long handedIn;
    private volatile boolean closing;

    private FlushBeforeCloseSession(Written written, int sendTimeLimit, int bufferSizeLimit) {
        super(written, sendTimeLimit, bufferSizeLimit);
        this.written = written;
        this.sendTimeLimitMillis = Math.min(sendTimeLimit, MOST_WAIT_MILLIS);
    }

    static FlushBeforeCloseSession wrap(WebSocketSession session, int sendTimeLimit, int bufferSizeLimit) {
        return new FlushBeforeCloseSession(new Written(session), sendTimeLimit, bufferSizeLimit);
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        if (closing) {
            return; // Spring's decorator would drop it too; not counting it keeps close from waiting for it
        }
        synchronized (written) {
            handedIn++;
        }
        super.sendMessage(message);
    }

    @Override
    public void close(CloseStatus status) throws IOException {
        closing = true;
        if (CloseStatus.PROTOCOL_ERROR.equals(status)) {
            written.awaitAtLeast(this::handedIn, sendTimeLimitMillis, this);
        }
        super.close(status);
    }

    private long handedIn() {
        synchronized (written) {
            return handedIn;
        }
    }

    /** The real session, counting the frames the socket is done with; its monitor guards both counts. */
    private static final class Written extends WebSocketSessionDecorator {
        private long done;
        private boolean failed;

        Written(WebSocketSession session) {
            super(session);
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) throws IOException {
            try {
                super.sendMessage(message);
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    failed = true; // what is queued behind a failed write stays queued: nothing more will come
                }
                throw e;
            } finally {
                synchronized (this) {
                    done++;
                    notifyAll();
                }
            }
        }

        synchronized void awaitAtLeast(java.util.function.LongSupplier target, long limitMillis, WebSocketSession outer)
                throws IOException {
            long deadline = System.nanoTime() + limitMillis * 1_000_000L;
            while (done < target.getAsLong() && !failed && outer.isOpen()) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
