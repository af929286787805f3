package dev.tiketi.server.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A price tier of an event (table event_tier); kept by code, so a tier's id survives an update. */
@Entity
@Table(name = "event_tier")
class TierEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private EventEntity event;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private long price;
    private Integer capacity;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TierEntity() {
    }

    TierEntity(EventEntity event, String code) {
        this.event = event;
        this.code = code;
    }

    String code() {
        return code;
    }

    void set(String name, long price, Integer capacity, int sortOrder) {
        this.name = name;
        this.price = price;
        this.capacity = capacity;
        this.sortOrder = sortOrder;
    }
}
