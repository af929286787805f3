package dev.tiketi.server.live;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Sends one message to every session of this instance subscribed to a topic, serialised once: the payload
 * to JSON with the same converter as Spring's messaging template, then one STOMP frame
 * ({@link BroadcastFrame}) whose bytes are handed to each subscriber's {@link LiveOutbox}. Spring's broker
 * still keeps the subscriptions (SUBSCRIBE, UNSUBSCRIBE and disconnects reach it as before); this class only
 * reads them, where the broker would copy the headers and encode the frame once per session.
 *
 * <p>Order: a session gets broadcasts in the order they are sent here (its outbox is first in, first out),
 * so the relay's seat changes, sent from one thread in version order, arrive in version order.
 * Personal messages ({@code /user/...}) still go through Spring's template: one recipient, nothing to share.
 */
@Component
class LiveBroadcaster {
    private static final byte[] NO_BODY = new byte[0];

    private final SimpleBrokerMessageHandler broker;
    private final MessageConverter converter;
    private final LiveOutboxes outboxes;
    /** Message ids: unique per instance and broadcast, the same for every session of one broadcast. */
    private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong encoded = new AtomicLong();

    LiveBroadcaster(@Qualifier("simpleBrokerMessageHandler") AbstractBrokerMessageHandler broker,
                    SimpMessagingTemplate template, LiveOutboxes outboxes) {
        this.broker = (SimpleBrokerMessageHandler) broker; // LiveConfig enables the simple broker
        this.converter = template.getMessageConverter();
        this.outboxes = outboxes;
    }

    /** Sends {@code payload} as JSON to every local subscriber of {@code destination} (a topic). */
    void send(String destination, Object payload) {
        MultiValueMap<String, String> subscribers = broker.getSubscriptionRegistry().findSubscriptions(lookup(destination));
        if (subscribers.isEmpty()) {
            return; // nobody here: nothing to serialise
        }
        Message<?> json = converter.toMessage(payload, null);
        if (json == null || !(json.getPayload() instanceof byte[] body)) {
            throw new IllegalArgumentException("Not convertible to JSON: " + payload.getClass().getName());
        }
        Object contentType = json.getHeaders().get(MessageHeaders.CONTENT_TYPE);
        BroadcastFrame frame = new BroadcastFrame(destination, String.valueOf(contentType),
                idPrefix + sequence.incrementAndGet(), body);
        encoded.incrementAndGet();
        subscribers.forEach((sessionId, subscriptionIds) -> deliver(frame, sessionId, subscriptionIds));
    }

    private void deliver(BroadcastFrame frame, String sessionId, List<String> subscriptionIds) {
        LiveOutbox outbox = outboxes.get(sessionId);
        if (outbox == null) {
            return; // closed a moment ago; the broker forgets it as the disconnect arrives
        }
        for (String id : subscriptionIds) {
            outbox.offer(frame.forSubscription(id));
        }
    }

    /** How many broadcasts were serialised (each once, whatever the number of subscribers). */
    long encoded() {
        return encoded.get();
    }

    private static Message<byte[]> lookup(String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(NO_BODY, headers.getMessageHeaders());
    }
}
