package dev.tiketi.desktop.admin.reports;

import java.util.List;

/**
 * A report as the screen and the PDF show it: already worded and formatted (through {@code Messages}), so the
 * table, its filter and the PDF print the very same cells. A report has one part or several (cash sessions:
 * the drawers, then their sums by clerk and by terminal), and notes under the title (the filters, the zone).
 */
public record ReportTable(String title, List<String> notes, List<Part> parts) {
    public ReportTable {
        notes = List.copyOf(notes);
        parts = List.copyOf(parts);
    }

    /** One table: column headings, rows of cells, and a totals row (empty when the part has none). */
    public record Part(String title, List<Column> columns, List<List<String>> rows, List<String> totals) {
        public Part {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            totals = List.copyOf(totals);
        }
    }

    /** A heading; {@code numeric} columns are right-aligned on screen and in the PDF. */
    public record Column(String heading, boolean numeric) {
        public static Column text(String heading) {
            return new Column(heading, false);
        }

        public static Column number(String heading) {
            return new Column(heading, true);
        }
    }
}
