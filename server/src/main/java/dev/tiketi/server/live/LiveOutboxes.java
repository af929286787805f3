package dev.tiketi.server.live;

import dev.tiketi.server.system.TiketiProperties;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;

/** Every open live session's {@link LiveOutbox}, by the session id that Spring's broker knows it by. */
@Component
class LiveOutboxes {
    private final Map<String, LiveOutbox> outboxes = new ConcurrentHashMap<>();
    private final ThreadPoolTaskExecutor writers;
    private final long bufferLimit;

    LiveOutboxes(@Qualifier("liveOutboundExecutor") ThreadPoolTaskExecutor writers, TiketiProperties props) {
        this.writers = writers;
        this.bufferLimit = props.live().sendBufferLimit();
    }

    /** The session as every writer sees it (Spring's one-writer decorator), once it is open. */
    void opened(WebSocketSession session) {
        outboxes.put(session.getId(), new LiveOutbox(session, writers, bufferLimit));
    }

    void closed(String sessionId) {
        LiveOutbox gone = outboxes.remove(sessionId);
        if (gone != null) {
            gone.discard();
        }
    }

    LiveOutbox get(String sessionId) {
        return outboxes.get(sessionId);
    }

    /** The open sessions (what a test inspects). */
    List<WebSocketSession> sessions() {
        return outboxes.values().stream().map(LiveOutbox::session).toList();
    }
}
