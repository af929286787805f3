package dev.tiketi.server.audit;

import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.common.PageResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The admin's audit log: filtered, newest first, a page at a time. */
@Service
class AuditQueries {
    record Filter(String actor, List<String> actions, Long event, String terminal, Instant from, Instant to) {
    }

    private final AuditEntryRepository entries;
    private final JsonMapper json;

    AuditQueries(AuditEntryRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditEntryView> search(Filter f, int page, int size) {
        List<Specification<AuditEntry>> where = new ArrayList<>();
        if (f.actor() != null) {
            where.add(AuditEntryRepository.actor(f.actor()));
        }
        if (f.actions() != null && !f.actions().isEmpty()) {
            where.add(AuditEntryRepository.actionIn(f.actions()));
        }
        if (f.event() != null) {
            where.add(AuditEntryRepository.event(f.event()));
        }
        if (f.terminal() != null) {
            where.add(AuditEntryRepository.terminal(f.terminal()));
        }
        if (f.from() != null) {
            where.add(AuditEntryRepository.notBefore(f.from()));
        }
        if (f.to() != null) {
            where.add(AuditEntryRepository.before(f.to()));
        }
        Page<AuditEntry> found = entries.findAll(Specification.allOf(where),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
        return new PageResponse<>(found.map(this::view).getContent(), page, size, found.getTotalElements());
    }

    private AuditEntryView view(AuditEntry e) {
        Map<String, Object> details = json.readValue(e.details(), new TypeReference<Map<String, Object>>() {
        });
        return new AuditEntryView(e.id(), e.at(), e.actorId(), e.actorName(), e.terminal(), e.action(), e.entity(),
                e.entityId(), e.eventId(), details);
    }
}
