package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveRefusal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Every live connection on this instance and whose account it is, subscribed or not: what the operations meter
 * counts, and what is ended when an account is disabled. A STOMP session is authenticated once, at CONNECT;
 * ending it is how a revoked account loses its pushes at once instead of at its next reconnect.
 */
@Component
public class LiveConnections {
    private final Map<String, Long> accounts = new ConcurrentHashMap<>();
    private final MessageChannel clientOutbound;

    LiveConnections(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound, MeterRegistry registry) {
        this.clientOutbound = clientOutbound;
        Gauge.builder("tiketi.live.sessions", accounts, Map::size).description("Live (STOMP) connections on this instance")
                .register(registry);
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        String session = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        if (session != null && event.getUser() instanceof LivePrincipal principal) {
            accounts.put(session, principal.user().id());
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        accounts.remove(event.getSessionId());
    }

    public int count() {
        return accounts.size();
    }

    /**
     * Ends every connection of the account on this instance: an ERROR frame with the reason, after which the
     * STOMP handler closes the socket (ERROR frames end a STOMP connection; see {@link FlushBeforeCloseSession}
     * for why the frame is not lost). Returns how many were ended.
     */
    int end(long accountId, LiveRefusal why) {
        List<String> sessions = accounts.entrySet().stream().filter(e -> e.getValue() == accountId).map(Map.Entry::getKey).toList();
        for (String session : sessions) {
            StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
            error.setMessage(why.name());
            error.setSessionId(session);
            clientOutbound.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
        }
        return sessions.size();
    }
}
