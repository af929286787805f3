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
 * back leaves no audit row claiming it happened.
 */
@Component
public class AuditLog {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(String action, String entity, Long entityId, Map<String, ?> details) {
        CurrentUser actor = currentUser();
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, terminal, action, entity, entity_id, details)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(actor == null ? null : actor.id(), actor == null ? "system" : actor.username(), terminal(),
                        action, entity, entityId, json.writeValueAsString(details == null ? Map.of() : details))
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
