package dev.tiketi.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of audit_log as the admin reads it; rows are only ever inserted, by {@link AuditLog}. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {
    @Id
    private Long id;
    @Column(columnDefinition = "timestamptz")
    private Instant at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;
    private String terminal;
    private String action;
    private String entity;
    @Column(name = "entity_id")
    private Long entityId;
    @Column(name = "event_id")
    private Long eventId;
    /** The JSON text of the details (jsonb), parsed when the entry is shown. */
    @Column(columnDefinition = "jsonb")
    private String details;

    protected AuditEntry() {
    }

    Long id() {
        return id;
    }

    Instant at() {
        return at;
    }

    Long actorId() {
        return actorId;
    }

    String actorName() {
        return actorName;
    }

    String terminal() {
        return terminal;
    }

    String action() {
        return action;
    }

    String entity() {
        return entity;
    }

    Long entityId() {
        return entityId;
    }

    Long eventId() {
        return eventId;
    }

    String details() {
        return details;
    }
}
