package dev.tiketi.server.live;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One session's broadcasts on their way out, in the order they were handed in. The broadcasting thread only
 * queues (it never writes to a socket, so a stuck client holds up nobody); one task at a time on the live
 * outbound pool writes what is queued, as many frames as are waiting, through the session's own one-writer
 * decorator (so broadcasts, receipts, errors and heart-beats never write to the socket at the same time).
 *
 * <p>Slow clients: more than the buffer limit queued here closes the session, as Spring's decorator does
 * with its own buffer; a write that blocks past the send-time limit fails in Tomcat and closes it too. The
 * client reconnects and reloads its snapshots.
 */
final class LiveOutbox implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LiveOutbox.class);

    private final WebSocketSession session;
    private final Executor writers;
    private final long bufferLimit;
    private final ConcurrentLinkedQueue<TextMessage> queue = new ConcurrentLinkedQueue<>();
    /** Characters queued (a frame's text length; its bytes for the ASCII that STOMP frames mostly are). */
    private final AtomicLong queued = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile boolean closed;

    LiveOutbox(WebSocketSession session, Executor writers, long bufferLimit) {
        this.session = session;
        this.writers = writers;
        this.bufferLimit = bufferLimit;
    }

    String sessionId() {
        return session.getId();
    }

    void offer(TextMessage frame) {
        if (closed) {
            return;
        }
        queue.add(frame);
        if (queued.addAndGet(frame.getPayloadLength()) > bufferLimit) {
            closed = true;
            queue.clear();
            log.info("Live session {}: more than {} bytes waiting for a client that does not read; closing it",
                    session.getId(), bufferLimit);
            closeLater();
            return;
        }
        schedule();
    }

    private void schedule() {
        if (writing.compareAndSet(false, true)) {
            try {
                writers.execute(this);
            } catch (RejectedExecutionException e) {
                writing.set(false); // shutting down: the session goes with the server
            }
        }
    }

    /** Writes everything queued; another task is started only if frames arrive after it has finished. */
    @Override
    public void run() {
        try {
            TextMessage frame;
            while (!closed && (frame = queue.poll()) != null) {
                queued.addAndGet(-frame.getPayloadLength());
                session.sendMessage(frame);
            }
        } catch (IOException | RuntimeException e) {
            closed = true;
            queue.clear();
            log.debug("Live session {}: a broadcast could not be written ({}); closing it", session.getId(), e.toString());
            close();
        } finally {
            writing.set(false);
        }
        if (!closed && !queue.isEmpty()) {
            schedule();
        }
    }

    /** The session ended: nothing more is written. */
    void discard() {
        closed = true;
        queue.clear();
    }

    private void closeLater() {
        try {
            writers.execute(this::close);
        } catch (RejectedExecutionException e) {
            close();
        }
    }

    private void close() {
        try {
            session.close(CloseStatus.SESSION_NOT_RELIABLE);
        } catch (IOException | RuntimeException e) {
            log.debug("Live session {} did not close cleanly: {}", session.getId(), e.toString());
        }
    }
}
