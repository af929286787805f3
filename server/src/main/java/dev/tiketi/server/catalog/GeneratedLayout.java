package dev.tiketi.server.catalog;

import java.util.List;

/** What {@link LayoutGenerator} produces: stage rectangle and sections with placed seats, ready to insert. */
record GeneratedLayout(double stageX, double stageY, double stageWidth, double stageDepth, List<Section> sections) {

    record Section(String code, String name, int order, List<Seat> seats) {
    }

    record Seat(String row, int rowOrder, int number, String label, String tierCode, double x, double y,
                boolean accessible, boolean blocked) {
    }

    int seatCount() {
        return sections.stream().mapToInt(s -> s.seats().size()).sum();
    }
}
