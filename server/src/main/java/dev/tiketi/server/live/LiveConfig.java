package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.server.system.TiketiProperties;
import jakarta.websocket.Session;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over plain WebSocket at {@code /ws} with Spring's in-memory broker on each instance; instances share
 * changes through Redis pub/sub ({@link LiveRelay}), so no external broker is needed.
 *
 * <p>Topic broadcasts bypass the broker's per-session copies: {@link LiveBroadcaster} reads the broker's
 * subscriptions and serialises each broadcast once. Order: messages to one client leave in the order they
 * were published (broadcasts through the session's {@link LiveOutbox}, the broker's own messages by Spring's
 * per-session publish order). Slow clients: a send that blocks longer than the limit, or more than the
 * buffer limit queued for one client, closes that client's session; it reconnects and reloads its
 * snapshots, and nobody else waits for it. Session buffers: {@link LightSessions}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfig implements WebSocketMessageBrokerConfigurer {
    /** Tomcat's per-session limit on one blocking send (ms); without it a stuck send waits 20 s. */
    private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final StompGatekeeper gatekeeper;
    private final SubscriptionReceipts receipts;
    private final TiketiProperties.Live live;
    private final TaskScheduler brokerScheduler;

    private final ThreadPoolTaskExecutor inbound;
    private final ThreadPoolTaskExecutor outbound;

    LiveConfig(StompGatekeeper gatekeeper, SubscriptionReceipts receipts, TiketiProperties props,
               @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler brokerScheduler,
               @Qualifier("liveInboundExecutor") ThreadPoolTaskExecutor inbound,
               @Qualifier("liveOutboundExecutor") ThreadPoolTaskExecutor outbound) {
        this.gatekeeper = gatekeeper;
        this.receipts = receipts;
        this.live = props.live();
        this.brokerScheduler = brokerScheduler;
        this.inbound = inbound;
        this.outbound = outbound;
    }

    /**
     * Every refusal's ERROR frame reaches the client before the connection closes (see the handler). Being a
     * post-processor, this runs before the web server starts: the moment to size Tomcat's session buffers.
     */
    @Bean
    static FlushBeforeCloseHandler.Installer flushBeforeClose(BeanFactory beans) {
        LightSessions.sizeTomcatBuffers();
        return new FlushBeforeCloseHandler.Installer(beans);
    }

    /** Tomcat's per-session message buffers, sized for what clients send (see {@link LightSessions}). */
    @Bean
    static ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(LightSessions.TEXT_BUFFER_CHARS);
        container.setMaxBinaryMessageBufferSize(LightSessions.BINARY_BUFFER_BYTES);
        return container;
    }

    /**
     * The connection's own read and write buffers (Tomcat's NIO socket wrapper, 8 KB each by default), which
     * every connection keeps for its whole life, a WebSocket one included. The cost for HTTP: Tomcat reads
     * and writes through them, so a response larger than the write buffer leaves in several socket writes of
     * its size (a 20 KB snapshot in ten writes instead of three). The write buffer holds one whole WebSocket
     * write ({@link LightSessions}), so a broadcast still leaves in one socket write.
     */
    @Bean
    static TomcatConnectorCustomizer lightConnectionBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(LightSessions.SOCKET_READ_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(LightSessions.SOCKET_WRITE_BUFFER_BYTES));
        };
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Not setPreserveReceiveOrder: with it, a frame the gatekeeper refuses is only logged, and the client
        // never gets its ERROR frame. Clients wait for CONNECTED before subscribing, and for a receipt.
        registry.addEndpoint(LiveDestinations.ENDPOINT)
                .setHandshakeHandler(new DefaultHandshakeHandler(new HandshakeWithoutHeaders()));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long beat = live.heartbeat().toMillis();
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {beat, beat})
                .setTaskScheduler(brokerScheduler);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(gatekeeper, receipts).executor(inbound);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(outbound); // see LiveExecutors
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        long limit = live.sendTimeLimit().toMillis();
        registration.setSendTimeLimit((int) limit)
                .setSendBufferSizeLimit(live.sendBufferLimit())
                .setMessageSizeLimit(LightSessions.CLIENT_FRAME_LIMIT)
                .addDecoratorFactory(handler -> new WebSocketHandlerDecorator(handler) {
                    @Override
                    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                        if (session instanceof NativeWebSocketSession n && n.getNativeSession() instanceof Session ws) {
                            ws.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, limit);
                        }
                        super.afterConnectionEstablished(session);
                    }
                });
    }
}
