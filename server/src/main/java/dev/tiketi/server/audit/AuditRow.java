package dev.tiketi.server.audit;

import java.time.Instant;

/**
 * One audit entry as it will be inserted, with everything taken from the request (actor, terminal, time) fixed
 * when the action happened, so writing it later on another thread changes nothing in it.
 */
record AuditRow(Instant at, Long actorId, String actorName, String terminal, String action, String entity, Long entityId,
                Long eventId, String details) {
}
