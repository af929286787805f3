package dev.tiketi.model.admin;

import dev.tiketi.model.common.QueryString;
import java.time.Instant;
import java.util.List;

/**
 * The audit log's filters, {@code GET /api/admin/audit}: who (username, any case), which actions (any of them),
 * which event, which terminal, and a time range {@code [from, to)}. Null fields are no filter; newest first.
 */
public record AuditQuery(String actor, List<String> actions, Long event, String terminal, Instant from, Instant to,
                         Integer page, Integer size) {
    public static final String ACTOR = "actor";
    public static final String ACTION = "action";
    public static final String EVENT = "event";
    public static final String TERMINAL = "terminal";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** "?actor=...&action=A&action=B..." with only the parameters set; "" when none is. */
    public String toQueryString() {
        QueryString q = new QueryString().add(ACTOR, actor);
        if (actions != null) {
            actions.forEach(a -> q.add(ACTION, a));
        }
        return q.add(EVENT, event).add(TERMINAL, terminal).add(FROM, from).add(TO, to).add(PAGE, page).add(SIZE, size).toString();
    }
}
