package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A layout as the server's generator places it, without a database: for the desktop's seat map pictures. */
public final class GeneratedLayouts {
    private GeneratedLayouts() {
    }

    public static VenueLayout of(String name, List<SectionSpec> specs) {
        GeneratedLayout g = LayoutGenerator.generate(specs);
        List<SectionLayout> sections = new ArrayList<>();
        long id = 1;
        for (GeneratedLayout.Section section : g.sections()) {
            Map<String, List<SeatView>> rows = new LinkedHashMap<>();
            for (GeneratedLayout.Seat s : section.seats()) {
                rows.computeIfAbsent(s.row(), k -> new ArrayList<>()).add(new SeatView(id++, s.label(), s.row(), s.number(),
                        s.tierCode(), s.x(), s.y(), s.accessible(), s.blocked()));
            }
            sections.add(new SectionLayout(section.order() + 1, section.code(), section.name(),
                    rows.entrySet().stream().map(e -> new RowLayout(e.getKey(), e.getValue())).toList()));
        }
        return new VenueLayout(1, name, g.seatCount(), g.stageX(), g.stageY(), g.stageWidth(), g.stageDepth(), sections);
    }
}
