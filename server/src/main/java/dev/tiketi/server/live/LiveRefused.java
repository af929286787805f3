package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveRefusal;
import org.springframework.messaging.MessagingException;

/** A refused STOMP frame; its message (the refusal's name) becomes the ERROR frame's {@code message} header. */
final class LiveRefused extends MessagingException {
    LiveRefused(LiveRefusal why) {
        super(why.name());
    }
}
