package dev.tiketi.server.live;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveRefusal;
import dev.tiketi.server.auth.BearerTokens;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.catalog.EventCatalog;
import dev.tiketi.server.error.ApiException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Every frame a client sends passes here first. CONNECT needs a valid bearer token (the account is read as
 * on every REST request); SUBSCRIBE only to the protocol's destinations of an event the caller may see (a
 * draft only for an admin; an event's sales figures only for an admin), and a place in line only as {@code /user/...}, which the broker resolves to the
 * caller's own; SEND is not taken (commands go through REST).
 */
@Component
class StompGatekeeper implements ChannelInterceptor {
    private static final int MAX_TERMINAL = 64;

    private final BearerTokens tokens;
    private final EventCatalog catalog;

    StompGatekeeper(BearerTokens tokens, EventCatalog catalog) {
        this.tokens = tokens;
        this.catalog = catalog;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT, STOMP -> stomp.setUser(connect(stomp));
            case SUBSCRIBE -> subscribe(stomp);
            case SEND -> throw new LiveRefused(LiveRefusal.NOT_ALLOWED);
            default -> {
            }
        }
        return message;
    }

    private LivePrincipal connect(StompHeaderAccessor stomp) {
        CurrentUser user = tokens.authenticate(stomp.getFirstNativeHeader(LiveDestinations.AUTHORIZATION))
                .orElseThrow(() -> new LiveRefused(LiveRefusal.UNAUTHENTICATED));
        String terminal = stomp.getFirstNativeHeader(Headers.TERMINAL);
        if (terminal != null && (terminal.isBlank() || terminal.length() > MAX_TERMINAL)) {
            terminal = null;
        }
        return new LivePrincipal(user, terminal);
    }

    private void subscribe(StompHeaderAccessor stomp) {
        if (!(stomp.getUser() instanceof LivePrincipal principal)) {
            throw new LiveRefused(LiveRefusal.UNAUTHENTICATED);
        }
        LiveDestinations.Parsed target = LiveDestinations.parse(stomp.getDestination())
                .orElseThrow(() -> new LiveRefused(LiveRefusal.UNKNOWN_DESTINATION));
        if (target.topic().adminOnly() && !principal.user().isAdmin()) {
            throw new LiveRefused(LiveRefusal.FORBIDDEN);
        }
        try {
            catalog.visible(target.eventId(), principal.user().isAdmin());
        } catch (ApiException e) {
            throw new LiveRefused(LiveRefusal.EVENT_NOT_FOUND);
        }
    }
}
