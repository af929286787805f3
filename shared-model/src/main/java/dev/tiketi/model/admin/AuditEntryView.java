package dev.tiketi.model.admin;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry: who ({@code actorName}, "system" for the server's own actions such as expiry), from which
 * terminal, what ({@code action}, see {@link AuditAction}) on which entity, the event it concerns (null for
 * users, venues and cash sessions) and the action's details (never a password or a token).
 */
public record AuditEntryView(long id, Instant at, Long actorId, String actorName, String terminal, String action,
                             String entity, Long entityId, Long eventId, Map<String, Object> details) {
}
