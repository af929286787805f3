package dev.tiketi.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A seat of a venue as the admin side reads it (per-event seat kills, tier checks). Read-only here: seats
 * are generated and inserted in batches by {@link VenueLayouts}, and replaced whole when the layout changes.
 */
@Entity
@Immutable
@Table(name = "seat")
public class SeatEntity {
    @Id
    private Long id;
    @Column(name = "venue_id", nullable = false)
    private long venueId;
    @Column(nullable = false)
    private String label;
    @Column(name = "tier_code", nullable = false)
    private String tierCode;
    @Column(nullable = false)
    private boolean blocked;

    protected SeatEntity() {
    }

    public long id() {
        return id;
    }

    public long venueId() {
        return venueId;
    }

    public String label() {
        return label;
    }

    public String tierCode() {
        return tierCode;
    }

    /** Blocked in the venue's layout (for every event), as opposed to killed for one event. */
    public boolean blocked() {
        return blocked;
    }
}
