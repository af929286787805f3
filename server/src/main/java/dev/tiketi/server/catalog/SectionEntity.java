package dev.tiketi.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of a venue's layout (table venue_section); its seats point at it. */
@Entity
@Table(name = "venue_section")
class SectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id", nullable = false)
    private long venueId;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SectionEntity() {
    }

    SectionEntity(long venueId, String code, String name, int sortOrder) {
        this.venueId = venueId;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    Long id() {
        return id;
    }
}
