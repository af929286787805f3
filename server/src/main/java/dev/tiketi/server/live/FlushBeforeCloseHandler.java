package dev.tiketi.server.live;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Spring's STOMP-over-WebSocket handler with {@link FlushBeforeCloseSession} around every session, each
 * session's {@link LiveOutbox} opened and closed with it, and client frames taken in parts (so Tomcat's
 * per-session message buffer can stay small; the STOMP decoder joins the parts and refuses a frame over
 * the size limit with an ERROR frame). Spring
 * offers {@code decorateSession} for this but builds the handler inside its own configuration, so
 * {@link Installer} swaps the instance as the bean is created, before anything else holds or configures it.
 */
final class FlushBeforeCloseHandler extends SubProtocolWebSocketHandler {
    private final LiveOutboxes outboxes;

    FlushBeforeCloseHandler(MessageChannel clientInbound, SubscribableChannel clientOutbound, LiveOutboxes outboxes) {
        super(clientInbound, clientOutbound);
        this.outboxes = outboxes;
    }

    @Override
    protected WebSocketSession decorateSession(WebSocketSession session) {
        WebSocketSession decorated = FlushBeforeCloseSession.wrap(session, getSendTimeLimit(), getSendBufferSizeLimit());
        outboxes.opened(decorated);
        return decorated;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        super.afterConnectionEstablished(session);
        // Spring's STOMP handler raises Tomcat's text buffer to 16 KB + 256 characters so that a whole frame
        // fits in one message; taking frames in parts, the small buffer is enough (see LightSessions)
        session.setTextMessageSizeLimit(LightSessions.TEXT_BUFFER_CHARS);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
        outboxes.closed(session.getId());
        super.afterConnectionClosed(session, closeStatus);
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    /** Replaces Spring's plain handler bean; the channels are its own, looked up when the swap happens. */
    static final class Installer implements BeanPostProcessor {
        private final BeanFactory beans;

        Installer(BeanFactory beans) {
            this.beans = beans;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
            if (bean.getClass() != SubProtocolWebSocketHandler.class) {
                return bean;
            }
            SubProtocolWebSocketHandler plain = (SubProtocolWebSocketHandler) bean;
            FlushBeforeCloseHandler handler = new FlushBeforeCloseHandler(
                    beans.getBean("clientInboundChannel", MessageChannel.class),
                    beans.getBean("clientOutboundChannel", SubscribableChannel.class),
                    beans.getBean(LiveOutboxes.class));
            handler.setPhase(plain.getPhase());
            return handler;
        }
    }
}
