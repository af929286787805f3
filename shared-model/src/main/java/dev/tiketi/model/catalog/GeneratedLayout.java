package dev.tiketi.model.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@link LayoutGenerator} produces: stage rectangle and sections with placed seats, ready to insert. */
public record GeneratedLayout(double stageX, double stageY, double stageWidth, double stageDepth, List<Section> sections) {

    public record Section(String code, String name, int order, List<Seat> seats) {
    }

    public record Seat(String row, int rowOrder, int number, String label, String tierCode, double x, double y,
                boolean accessible, boolean blocked) {
    }

    public int seatCount() {
        return sections.stream().mapToInt(s -> s.seats().size()).sum();
    }

    /**
     * The layout as a seat map draws it, before it is stored: seats numbered 1, 2, ... in order (a preview's ids,
     * not the database's), sections numbered from 1.
     */
    public VenueLayout preview(String name) {
        List<SectionLayout> out = new ArrayList<>();
        long id = 1;
        for (Section section : sections) {
            Map<String, List<SeatView>> rows = new LinkedHashMap<>();
            for (Seat s : section.seats()) {
                rows.computeIfAbsent(s.row(), k -> new ArrayList<>()).add(new SeatView(id++, s.label(), s.row(), s.number(),
                        s.tierCode(), s.x(), s.y(), s.accessible(), s.blocked()));
            }
            out.add(new SectionLayout(section.order() + 1, section.code(), section.name(),
                    rows.entrySet().stream().map(e -> new RowLayout(e.getKey(), e.getValue())).toList()));
        }
        return new VenueLayout(0, name, seatCount(), stageX, stageY, stageWidth, stageDepth, out);
    }
}
