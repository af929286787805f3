package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SourceType;
import org.hibernate.type.SqlTypes;

/**
 * An event with its tiers, as the admin side edits it. Its visible status (UPCOMING, ON_SALE...) is not here:
 * it follows from {@code state} and the sale window in SQL ({@link EventQueries#STATUS_SQL}, decision 0003).
 */
@Entity
@Table(name = "event")
class EventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id")
    private Long venueId;
    @Column(nullable = false)
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;
    @Column(name = "starts_at", nullable = false, columnDefinition = "timestamptz")
    private Instant startsAt;
    @Column(name = "sale_opens_at", nullable = false, columnDefinition = "timestamptz")
    private Instant saleOpensAt;
    @Column(name = "sale_closes_at", nullable = false, columnDefinition = "timestamptz")
    private Instant saleClosesAt;
    /** DRAFT, PUBLISHED, CLOSED or CANCELLED: the admin's decision. */
    @Column(nullable = false)
    private String state = "DRAFT";
    @Column(name = "hold_minutes", nullable = false)
    private int holdMinutes;
    @Column(name = "max_hold_minutes", nullable = false)
    private int maxHoldMinutes;
    @Column(name = "per_customer_limit", nullable = false)
    private int perCustomerLimit;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    private String currency;
    /** The database's clock, as before this was an entity. */
    @CurrentTimestamp(source = SourceType.DB)
    @Column(name = "updated_at", nullable = false, columnDefinition = "timestamptz")
    private Instant updatedAt;
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<TierEntity> tiers = new ArrayList<>();

    protected EventEntity() {
    }

    EventEntity(EventKind kind) {
        this.kind = kind;
    }

    Long id() {
        return id;
    }

    Long venueId() {
        return venueId;
    }

    EventKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String currency() {
        return currency;
    }

    String state() {
        return state;
    }

    void setState(String state) {
        this.state = state;
    }

    List<TierEntity> tiers() {
        return tiers;
    }

    void describe(Long venueId, String name, String description, EventKind kind, Instant startsAt, Instant saleOpensAt,
                  Instant saleClosesAt, EventQueries.Defaults terms) {
        this.venueId = venueId;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.startsAt = startsAt;
        this.saleOpensAt = saleOpensAt;
        this.saleClosesAt = saleClosesAt;
        this.holdMinutes = terms.holdMinutes();
        this.maxHoldMinutes = terms.maxHoldMinutes();
        this.perCustomerLimit = terms.perCustomerLimit();
        this.currency = terms.currency();
    }
}
