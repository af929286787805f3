package dev.tiketi.server.audit;

import dev.tiketi.model.common.Headers;
import dev.tiketi.server.auth.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what, when, from which terminal. Written in the caller's transaction, so an action that rolls
 * back leaves no audit row claiming it happened. Every hold writes a row, so this is one plain insert
 * (decision 0013: the read side is JPA, {@link AuditQueries}); the event an entry concerns is worked out in
 * the same statement, so the admin's log can be filtered by event.
 */
@Component
public class AuditLog {
    /** Entities whose id is an event's: holds are recorded against their event, as are queue changes. */
    private static final String EVENT_OF_ENTRY = """
            case when :entity in ('event', 'hold') then :entityId
                 when :entity = 'order' then (select o.event_id from customer_order o where o.id = :entityId) end""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
