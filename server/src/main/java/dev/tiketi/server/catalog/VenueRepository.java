package dev.tiketi.server.catalog;

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

@Repository
class VenueRepository {
    private static final String SUMMARY = """
            select v.id, v.name, v.address, v.time_zone, (select count(*) from seat s where s.venue_id = v.id) as seat_count
            from venue v""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VenueRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(String name, String address, String timeZone, String layoutSpecJson, GeneratedLayout layout) {
        long id = jdbc.sql("""
                insert into venue (name, address, time_zone, layout_spec, stage_x, stage_y, stage_width, stage_depth)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(name, address, timeZone, layoutSpecJson, layout.stageX(), layout.stageY(), layout.stageWidth(),
                        layout.stageDepth())
                .query(Long.class).single();
        insertSeats(id, layout);
        return id;
    }

    void update(long id, String name, String address, String timeZone) {
        jdbc.sql("update venue set name = ?, address = ?, time_zone = ?, updated_at = now() where id = ?")
                .params(name, address, timeZone, id).update();
    }

    void replaceLayout(long id, String layoutSpecJson, GeneratedLayout layout) {
        jdbc.sql("delete from venue_section where venue_id = ?").param(id).update();
        jdbc.sql("""
                update venue set layout_spec = cast(? as jsonb), stage_x = ?, stage_y = ?, stage_width = ?,
                stage_depth = ?, updated_at = now() where id = ?""")
                .params(layoutSpecJson, layout.stageX(), layout.stageY(), layout.stageWidth(), layout.stageDepth(), id)
                .update();
        insertSeats(id, layout);
    }

    private void insertSeats(long venueId, GeneratedLayout layout) {
        for (GeneratedLayout.Section section : layout.sections()) {
            long sectionId = jdbc.sql("insert into venue_section (venue_id, code, name, sort_order) values (?, ?, ?, ?) returning id")
                    .params(venueId, section.code(), section.name(), section.order()).query(Long.class).single();
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

    boolean exists(long id) {
        return jdbc.sql("select exists(select 1 from venue where id = ?)").param(id).query(Boolean.class).single();
    }

    /** Locks the venue row so a layout change and a first sale cannot interleave. */
    boolean lock(long id) {
        return jdbc.sql("select id from venue where id = ? for update").param(id).query(Long.class).optional().isPresent();
    }

    boolean hasSoldSeats(long venueId) {
        return jdbc.sql("select exists(select 1 from sold_seat ss join seat s on s.id = ss.seat_id where s.venue_id = ?)")
                .param(venueId).query(Boolean.class).single();
    }

    boolean usedByEvents(long venueId) {
        return jdbc.sql("select exists(select 1 from event where venue_id = ?)").param(venueId).query(Boolean.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from venue where id = ?").param(id).update();
    }

    /** The zone stored for the venue; empty when it has none (it then uses the server's). */
    Optional<String> timeZone(long id) {
        return jdbc.sql("select time_zone from venue where id = ?").param(id).query(String.class).optional();
    }

    Optional<String> layoutSpec(long id) {
        return jdbc.sql("select layout_spec::text from venue where id = ?").param(id).query(String.class).optional();
    }

    Optional<VenueSummary> summary(long id) {
        return jdbc.sql(SUMMARY + " where v.id = ?").param(id).query(VenueRepository::summary).optional();
    }

    List<VenueSummary> page(int page, int size) {
        return jdbc.sql(SUMMARY + " order by v.id limit ? offset ?").params(size, (long) page * size)
                .query(VenueRepository::summary).list();
    }

    private static VenueSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new VenueSummary(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getInt("seat_count"),
                VenueZones.effective(rs.getString("time_zone")).getId());
    }

    long count() {
        return jdbc.sql("select count(*) from venue").query(Long.class).single();
    }

    /** Distinct tier codes the venue's seats use; an event on the venue must price each of them. */
    List<String> tierCodes(long venueId) {
        return jdbc.sql("select distinct tier_code from seat where venue_id = ? order by tier_code")
                .param(venueId).query(String.class).list();
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
