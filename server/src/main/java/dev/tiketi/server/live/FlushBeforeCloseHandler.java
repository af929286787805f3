package dev.tiketi.server.live;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Spring's STOMP-over-WebSocket handler with {@link FlushBeforeCloseSession} around every session. Spring
 * offers {@code decorateSession} for this but builds the handler inside its own configuration, so
 * {@link Installer} swaps the instance as the bean is created, before anything else holds or configures it.
 */
final class FlushBeforeCloseHandler extends SubProtocolWebSocketHandler {
    FlushBeforeCloseHandler(MessageChannel clientInbound, SubscribableChannel clientOutbound) {
        super(clientInbound, clientOutbound);
    }

    @Override
    protected WebSocketSession decorateSession(WebSocketSession session) {
        return FlushBeforeCloseSession.wrap(session, getSendTimeLimit(), getSendBufferSizeLimit());
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
                    beans.getBean("clientOutboundChannel", SubscribableChannel.class));
            handler.setPhase(plain.getPhase());
            return handler;
        }
    }
}
