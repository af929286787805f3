package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.GeneratedLayout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.SourceType;

/**
 * A venue as the admin side edits it: name, address, zone, the generator's input and the stage. Its sections
 * are {@link SectionEntity} rows; its seats are inserted in batches by {@link VenueLayouts}.
 */
@Entity
@Table(name = "venue")
class VenueEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    private String address;
    @Column(name = "time_zone")
    private String timeZone;
    /** The generator's input as JSON text; PostgreSQL keeps it as jsonb. */
    @Column(name = "layout_spec", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    private String layoutSpec;
    @Column(name = "stage_x", nullable = false)
    private double stageX;
    @Column(name = "stage_y", nullable = false)
    private double stageY;
    @Column(name = "stage_width", nullable = false)
    private double stageWidth;
    @Column(name = "stage_depth", nullable = false)
    private double stageDepth;
    /** The database's clock, as before this was an entity. */
    @CurrentTimestamp(source = SourceType.DB)
    @Column(name = "updated_at", nullable = false, columnDefinition = "timestamptz")
    private Instant updatedAt;

    protected VenueEntity() {
    }

    VenueEntity(String name, String address, String timeZone) {
        describe(name, address, timeZone);
    }

    void describe(String name, String address, String timeZone) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone;
    }

    void layOut(String specJson, GeneratedLayout layout) {
        this.layoutSpec = specJson;
        this.stageX = layout.stageX();
        this.stageY = layout.stageY();
        this.stageWidth = layout.stageWidth();
        this.stageDepth = layout.stageDepth();
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String address() {
        return address;
    }

    /** As stored: null when the venue uses the server's zone. */
    String timeZone() {
        return timeZone;
    }

    String layoutSpec() {
        return layoutSpec;
    }
}
