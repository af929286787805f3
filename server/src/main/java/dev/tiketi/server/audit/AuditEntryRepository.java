package dev.tiketi.server.audit;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The audit log's read side (decision 0013): any combination of filters, as specifications. */
interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    static Specification<AuditEntry> actor(String username) {
        return (e, q, cb) -> cb.equal(cb.lower(e.get("actorName")), username.toLowerCase(java.util.Locale.ROOT));
    }

    static Specification<AuditEntry> actionIn(Collection<String> actions) {
        return (e, q, cb) -> e.get("action").in(actions);
    }

    static Specification<AuditEntry> event(long eventId) {
        return (e, q, cb) -> cb.equal(e.get("eventId"), eventId);
    }

    static Specification<AuditEntry> terminal(String terminal) {
        return (e, q, cb) -> cb.equal(e.get("terminal"), terminal);
    }

    static Specification<AuditEntry> notBefore(Instant from) {
        return (e, q, cb) -> cb.greaterThanOrEqualTo(e.get("at"), from);
    }

    static Specification<AuditEntry> before(Instant to) {
        return (e, q, cb) -> cb.lessThan(e.get("at"), to);
    }
}
