package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.GeneratedLayout;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.catalog.VenueSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A venue's seats in explicit SQL: the public layout (every terminal loads it, a few thousand rows), the
 * summary the event detail shows, the batch insert of generated seats, and whether any was sold. The venue
 * and its sections are saved through {@link VenueRepository} (JPA, decision 0013).
 */
@Repository
class VenueLayouts {
    private static final String SUMMARY = """
            select v.id, v.name, v.address, v.time_zone, (select count(*) from seat s where s.venue_id = v.id) as seat_count
            from venue v""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VenueLayouts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The generated seats of sections the admin side has just saved (through JPA, in this transaction), as one
     * batch per section: thousands of rows, which Hibernate would insert one by one (identity keys cannot be
     * batched).
     */
    void insertSeats(long venueId, java.util.function.ToLongFunction<GeneratedLayout.Section> sectionIds, GeneratedLayout layout) {
        for (GeneratedLayout.Section section : layout.sections()) {
            long sectionId = sectionIds.applyAsLong(section);
            List<Object[]> rows = new ArrayList<>(section.seats().size());
            for (GeneratedLayout.Seat s : section.seats()) {
                rows.add(new Object[]{venueId, sectionId, s.row(), s.number(), s.label(), s.tierCode(), s.x(), s.y(),
                        s.accessible(), s.blocked(), s.rowOrder()});
            }
            template.batchUpdate("""
                    insert into seat (venue_id, section_id, row_label, seat_number, label, tier_code, x, y, accessible,
                    blocked, row_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    boolean hasSoldSeats(long venueId) {
        return jdbc.sql("select exists(select 1 from sold_seat ss join seat s on s.id = ss.seat_id where s.venue_id = ?)")
                .param(venueId).query(Boolean.class).single();
    }

    Optional<VenueSummary> summary(long id) {
        return jdbc.sql(SUMMARY + " where v.id = ?").param(id).query(VenueLayouts::summary).optional();
    }

    private static VenueSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new VenueSummary(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getInt("seat_count"),
                VenueZones.effective(rs.getString("time_zone")).getId());
    }

    Optional<VenueLayout> layout(long venueId) {
        record Head(String name, double x, double y, double w, double d) {
        }
        Optional<Head> head = jdbc.sql("select name, stage_x, stage_y, stage_width, stage_depth from venue where id = ?")
                .param(venueId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String[]> sectionNames = new LinkedHashMap<>();
        jdbc.sql("select id, code, name from venue_section where venue_id = ? order by sort_order").param(venueId)
                .query(rs -> {
                    sectionNames.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                });
        Map<Long, Map<String, List<SeatView>>> rowsBySection = new LinkedHashMap<>();
        sectionNames.keySet().forEach(id -> rowsBySection.put(id, new LinkedHashMap<>()));
        int[] count = {0};
        jdbc.sql("""
                select id, section_id, row_label, seat_number, label, tier_code, x, y, accessible, blocked
                from seat where venue_id = ? order by section_id, row_order, seat_number""")
                .param(venueId)
                .query(rs -> {
                    SeatView seat = new SeatView(rs.getLong("id"), rs.getString("label"), rs.getString("row_label"),
                            rs.getInt("seat_number"), rs.getString("tier_code"), rs.getDouble("x"), rs.getDouble("y"),
                            rs.getBoolean("accessible"), rs.getBoolean("blocked"));
                    rowsBySection.get(rs.getLong("section_id"))
                            .computeIfAbsent(seat.row(), r -> new ArrayList<>()).add(seat);
                    count[0]++;
                });
        List<SectionLayout> sections = new ArrayList<>();
        sectionNames.forEach((id, names) -> sections.add(new SectionLayout(id, names[0], names[1],
                rowsBySection.get(id).entrySet().stream().map(e -> new RowLayout(e.getKey(), e.getValue())).toList())));
        Head h = head.get();
        return Optional.of(new VenueLayout(venueId, h.name(), count[0], h.x(), h.y(), h.w(), h.d(), sections));
    }
}
