package dev.tiketi.server.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One session's broadcasts on their way out, in the order they were handed in. The broadcasting thread only
 * queues (it never writes to a socket, so a stuck client holds up nobody); one task at a time on the live
 * outbound pool writes what is queued, as many frames as are waiting, through the session's own one-writer
 * decorator (so broadcasts, receipts, errors and heart-beats never write to the socket at the same time).
 *
 * <p>Frames are STOMP bytes ({@link BroadcastFrame}), sent as binary WebSocket messages: the same array goes
 * to every session, with no per-session encoding. The frames waiting when a write starts leave as one
 * message of at most {@link #JOIN_LIMIT_BYTES} (STOMP allows several frames per message; the project's
 * clients read them all), so a client behind a burst costs one write per batch, not one per frame.
 *
 * <p>Slow clients: more than the buffer limit queued here closes the session, as Spring's decorator does
 * with its own buffer; a write that blocks past the send-time limit fails in Tomcat and closes it too. The
 * client reconnects and reloads its snapshots.
 */
final class LiveOutbox implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LiveOutbox.class);

    /** The most bytes joined into one message: bounds the array a write builds, whatever the backlog. */
    static final int JOIN_LIMIT_BYTES = 16 * 1024;

    private final WebSocketSession session;
    private final Executor writers;
    private final long bufferLimit;
    private final ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>();
    /** Bytes queued. */
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

    WebSocketSession session() {
        return session;
    }

    /** Queues one frame; the array is shared with other sessions and never changed. */
    void offer(byte[] frame) {
        if (closed) {
            return;
        }
        queue.add(frame);
        if (queued.addAndGet(frame.length) > bufferLimit) {
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
            byte[] frame;
            while (!closed && (frame = queue.poll()) != null) {
                byte[] message = joinWaiting(frame);
                queued.addAndGet(-message.length);
                session.sendMessage(new BinaryMessage(message));
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

    /**
     * {@code first} alone (the shared array, nothing copied) when nothing else waits; otherwise it and the
     * frames behind it, in order, up to the join limit.
     */
    private byte[] joinWaiting(byte[] first) {
        byte[] next = queue.peek();
        if (next == null || first.length + next.length > JOIN_LIMIT_BYTES) {
            return first;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream(Math.min(JOIN_LIMIT_BYTES, first.length * 8));
        joined.writeBytes(first);
        // only this task takes frames one by one (a close may clear the queue meanwhile: then poll is null)
        while ((next = queue.peek()) != null && joined.size() + next.length <= JOIN_LIMIT_BYTES
                && (next = queue.poll()) != null) {
            joined.writeBytes(next);
        }
        return joined.toByteArray();
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
