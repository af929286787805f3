package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/** The outbox's own rules, with a stand-in session and an executor the test runs by hand. */
class LiveOutboxTest {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor manual = tasks::add;
    /** Each message the session was given, as text. */
    private final List<String> written = new ArrayList<>();
    private final List<byte[]> arrays = new ArrayList<>();
    private final WebSocketSession session = mock(WebSocketSession.class);

    LiveOutboxTest() throws IOException {
        when(session.getId()).thenReturn("s-1");
        org.mockito.Mockito.doAnswer(inv -> {
            ByteBuffer payload = ((BinaryMessage) inv.getArgument(0)).getPayload();
            arrays.add(payload.array());
            return written.add(StandardCharsets.UTF_8.decode(payload.duplicate()).toString());
        }).when(session).sendMessage(any());
    }

    private void runAll() {
        Runnable r;
        while ((r = tasks.poll()) != null) {
            r.run();
        }
    }

    private static byte[] frame(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void framesGoOutInTheOrderTheyCameWithOneTaskForWhateverIsWaiting() {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        for (int i = 1; i <= 5; i++) {
            outbox.offer(frame("v" + i + "\0"));
        }
        assertThat(tasks).hasSize(1);
        runAll();
        outbox.offer(frame("v6\0"));
        runAll();
        // what waited left as one message; what came alone, alone
        assertThat(written).containsExactly("v1\0v2\0v3\0v4\0v5\0", "v6\0");
    }

    @Test
    void aFrameThatWaitsAloneIsSentAsTheSharedArrayWithoutACopy() {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        byte[] shared = frame("MESSAGE\n\n{}\0");
        outbox.offer(shared);
        runAll();
        assertThat(arrays).hasSize(1);
        assertThat(arrays.get(0)).isSameAs(shared);
    }

    @Test
    void aBacklogLeavesInMessagesOfAtMostTheJoinLimitInOrder() {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000_000);
        int frames = 100;
        int size = 1_000;
        for (int i = 0; i < frames; i++) {
            byte[] f = new byte[size];
            Arrays.fill(f, (byte) ('a' + i % 26));
            outbox.offer(f);
        }
        runAll();
        int perMessage = LiveOutbox.JOIN_LIMIT_BYTES / size;
        assertThat(written).hasSize((frames + perMessage - 1) / perMessage);
        assertThat(written).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(LiveOutbox.JOIN_LIMIT_BYTES));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < frames; i++) {
            expected.append(String.valueOf((char) ('a' + i % 26)).repeat(size));
        }
        assertThat(String.join("", written)).isEqualTo(expected.toString());
    }

    @Test
    void moreWaitingThanTheLimitClosesTheSessionAndDropsTheRest() throws IOException {
        LiveOutbox outbox = new LiveOutbox(session, manual, 10);
        outbox.offer(frame("12345"));
        outbox.offer(frame("67890"));
        outbox.offer(frame("x")); // 11 bytes waiting: over the limit
        outbox.offer(frame("after"));
        runAll();
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        assertThat(written).isEmpty();
    }

    @Test
    void aFailedWriteClosesTheSessionAndNothingMoreIsWritten() throws IOException {
        doThrow(new IOException("blocking send timed out")).when(session).sendMessage(any());
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        outbox.offer(frame("a"));
        runAll();
        outbox.offer(frame("b"));
        runAll();
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        verify(session, org.mockito.Mockito.times(1)).sendMessage(any());
        outbox.offer(frame("c"));
        assertThat(tasks).isEmpty();
    }

    @Test
    void aDiscardedOutboxWritesNothing() throws IOException {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        outbox.offer(frame("a"));
        outbox.discard();
        runAll();
        verify(session, never()).sendMessage(any());
    }
}
