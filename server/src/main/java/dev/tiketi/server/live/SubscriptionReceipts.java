package dev.tiketi.server.live;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Answers a SUBSCRIBE that asks for a receipt once the broker holds the subscription, which Spring's simple
 * broker does not do itself. Clients wait for it before loading a snapshot, so nothing published after the
 * snapshot can slip past them.
 */
@Component
class SubscriptionReceipts implements ExecutorChannelInterceptor {
    private final MessageChannel clientOutbound;

    SubscriptionReceipts(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
        String receipt = stomp.getReceipt();
        if (ex != null || receipt == null || stomp.getCommand() != StompCommand.SUBSCRIBE || stomp.getDestination() == null) {
            return;
        }
        // A /user/ destination is registered by the user-destination handler (which hands it to the broker at
        // once); any other by the broker itself. Each SUBSCRIBE passes both; answer after the one that counts.
        boolean registered = stomp.getDestination().startsWith("/user/")
                ? handler instanceof UserDestinationMessageHandler
                : handler instanceof SimpleBrokerMessageHandler;
        if (registered) {
            StompHeaderAccessor reply = StompHeaderAccessor.create(StompCommand.RECEIPT);
            reply.setReceiptId(receipt);
            reply.setSessionId(stomp.getSessionId());
            clientOutbound.send(MessageBuilder.createMessage(new byte[0], reply.getMessageHeaders()));
        }
    }
}
