package dev.tiketi.server.queue;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.server.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueueController {
    private final QueueService queue;

    QueueController(QueueService queue) {
        this.queue = queue;
    }

    @Operation(summary = "Check in to the event's waiting room: admitted (with a token to hold and buy) or queued "
            + "(position, ahead, total, ETA). Checking again never loses the place. Staff are never queued.")
    @PostMapping(ApiPaths.QUEUE_CHECK)
    QueueStatus check(@PathVariable @Positive long eventId, @AuthenticationPrincipal CurrentUser user,
                      @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return queue.check(eventId, user, terminal);
    }

    @Operation(summary = "Where the caller stands, without joining.")
    @GetMapping(ApiPaths.QUEUE_STATUS)
    QueueStatus status(@PathVariable @Positive long eventId, @AuthenticationPrincipal CurrentUser user,
                       @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return queue.status(eventId, user, terminal);
    }

    @Operation(summary = "Still here: a waiting place not heard from for the abandonment timeout is given up; "
            + "an admitted slot with no activity for the idle timeout goes to the next in line.")
    @PostMapping(ApiPaths.QUEUE_HEARTBEAT)
    QueueStatus heartbeat(@PathVariable @Positive long eventId, @AuthenticationPrincipal CurrentUser user,
                          @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return queue.heartbeat(eventId, user, terminal);
    }

    @Operation(summary = "Leave the line, or give up an admitted slot to the next in line.")
    @PostMapping(ApiPaths.QUEUE_LEAVE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@PathVariable @Positive long eventId, @AuthenticationPrincipal CurrentUser user,
               @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        queue.leave(eventId, user, terminal);
    }
}
