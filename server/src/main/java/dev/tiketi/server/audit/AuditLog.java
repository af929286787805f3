package dev.tiketi.server.audit;

import dev.tiketi.model.common.Headers;
import dev.tiketi.server.auth.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what, when, from which terminal. Two ways in (decision 0022):
 * <ul>
 *   <li>{@link #record} and its siblings insert the row at once, in the caller's transaction if there is one, so
 *       an admin's change (an event, a venue, a user, a refund, a cancel, a forced release) and its row commit or
 *       roll back together: no audit row claims what did not happen;</li>
 *   <li>{@link #recordBatched} is for the hot paths that run no transaction (a shopper's hold taken, extended,
 *       released): the row, with the actor, terminal and time of the action fixed now, is queued and written with
 *       others by {@link AuditBatches}, so the request borrows no connection for it. Called inside a transaction
 *       it writes at once like {@link #record}, so it can never outlive a rollback.</li>
 * </ul>
 * One plain insert (decision 0013: the read side is JPA, {@link AuditQueries}); the event an entry concerns is
 * worked out in the same statement, so the admin's log can be filtered by event.
 */
@Component
public class AuditLog {
    /** Entities whose id is an event's: holds are recorded against their event, as are queue changes. */
    private static final String EVENT_OF_ENTRY = """
            case when :entity in ('event', 'hold') then :entityId
                 when :entity = 'order' then (select o.event_id from customer_order o where o.id = :entityId) end""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditBatches batches;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, AuditBatches batches, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * A hot path's action, written soon in a batch (within {@code tiketi.audit.batch-interval}; on a clean shutdown
     * before the server stops; lost only with a crashed instance's last interval), or at once in the caller's
     * transaction if one is active. The entity must be an event's or a hold's (recorded against that event).
     */
    public void recordBatched(String action, String entity, long entityId, Map<String, ?> details) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            record(action, entity, entityId, details);
            return;
        }
        CurrentUser actor = currentUser();
        String body = flatJson(details);
        Long eventId = entity.equals("event") || entity.equals("hold") ? entityId : null;
        AuditRow row = new AuditRow(clock.instant(), actor == null ? null : actor.id(), actor == null ? "system" : actor.username(),
                terminal(), action, entity, entityId, eventId, body);
        if (!batches.add(row)) {
            batches.insertNow(row);
        }
    }

    /**
     * The details as JSON; a flat map of texts, numbers and booleans (what the hot paths record) is written here
     * directly, which cost a fraction of a Jackson write per hold; anything else goes through Jackson.
     */
    String flatJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder(16 + 24 * details.size()).append('{');
        for (Map.Entry<String, ?> e : details.entrySet()) {
            Object v = e.getValue();
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, e.getKey()).append(':');
            if (v instanceof String text) {
                quote(out, text);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
                out.append(v);
            } else {
                return json.writeValueAsString(details);
            }
        }
        return out.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    public void record(String action, String entity, Long entityId, Map<String, ?> details) {
        recordAs(currentUser(), action, entity, entityId, details);
    }

    /** For an action whose actor is not (yet) the request's authenticated user, such as a sign-in. */
    public void recordAs(CurrentUser actor, String action, String entity, Long entityId, Map<String, ?> details) {
        recordFor(actor, action, entity, entityId, null, details);
    }

    /** For an entity that is not an event but belongs to one, e.g. a seat killed for one event. */
    public void recordForEvent(long eventId, String action, String entity, Long entityId, Map<String, ?> details) {
        recordFor(currentUser(), action, entity, entityId, eventId, details);
    }

    private void recordFor(CurrentUser actor, String action, String entity, Long entityId, Long eventId, Map<String, ?> details) {
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, terminal, action, entity, entity_id, event_id, details)
                values (:actorId, :actorName, :terminal, :action, :entity, :entityId, coalesce(:eventId, %s), cast(:details as jsonb))"""
                        .formatted(EVENT_OF_ENTRY))
                .param("actorId", actor == null ? null : actor.id(), java.sql.Types.BIGINT)
                .param("actorName", actor == null ? "system" : actor.username())
                .param("terminal", terminal(), java.sql.Types.VARCHAR)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId, java.sql.Types.BIGINT)
                .param("eventId", eventId, java.sql.Types.BIGINT)
                .param("details", json.writeValueAsString(details == null ? Map.of() : details))
                .update();
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    private static String terminal() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            String terminal = request.getHeader(Headers.TERMINAL);
            if (terminal != null && !terminal.isBlank()) {
                return terminal.length() > 64 ? terminal.substring(0, 64) : terminal.strip();
            }
        }
        return null;
    }
}
