package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** The outbox's own rules, with a stand-in session and an executor the test runs by hand. */
class LiveOutboxTest {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor manual = tasks::add;
    private final List<String> written = new ArrayList<>();
    private final WebSocketSession session = mock(WebSocketSession.class);

    LiveOutboxTest() throws IOException {
        when(session.getId()).thenReturn("s-1");
        org.mockito.Mockito.doAnswer(inv -> written.add(((WebSocketMessage<?>) inv.getArgument(0)).getPayload().toString()))
                .when(session).sendMessage(any());
    }

    private void runAll() {
        Runnable r;
        while ((r = tasks.poll()) != null) {
            r.run();
        }
    }

    @Test
    void framesGoOutInTheOrderTheyCameWithOneTaskForWhateverIsWaiting() {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        for (int i = 1; i <= 5; i++) {
            outbox.offer(new TextMessage("v" + i));
        }
        assertThat(tasks).hasSize(1);
        runAll();
        outbox.offer(new TextMessage("v6"));
        runAll();
        assertThat(written).containsExactly("v1", "v2", "v3", "v4", "v5", "v6");
    }

    @Test
    void moreWaitingThanTheLimitClosesTheSessionAndDropsTheRest() throws IOException {
        LiveOutbox outbox = new LiveOutbox(session, manual, 10);
        outbox.offer(new TextMessage("12345"));
        outbox.offer(new TextMessage("67890"));
        outbox.offer(new TextMessage("x")); // 11 characters waiting: over the limit
        outbox.offer(new TextMessage("after"));
        runAll();
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        assertThat(written).isEmpty();
    }

    @Test
    void aFailedWriteClosesTheSessionAndNothingMoreIsWritten() throws IOException {
        doThrow(new IOException("blocking send timed out")).when(session).sendMessage(any());
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        outbox.offer(new TextMessage("a"));
        outbox.offer(new TextMessage("b"));
        runAll();
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        verify(session, org.mockito.Mockito.times(1)).sendMessage(any());
        outbox.offer(new TextMessage("c"));
        assertThat(tasks).isEmpty();
    }

    @Test
    void aDiscardedOutboxWritesNothing() throws IOException {
        LiveOutbox outbox = new LiveOutbox(session, manual, 1_000);
        outbox.offer(new TextMessage("a"));
        outbox.discard();
        runAll();
        verify(session, never()).sendMessage(any());
    }
}
