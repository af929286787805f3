package dev.tiketi.model.admin;

import java.time.LocalDate;
import java.util.List;

/** Sales by event, day, channel and tier; {@code from}/{@code to} null when the report covers every day. */
public record SalesReport(LocalDate from, LocalDate to, Long eventId, List<SalesReportRow> rows, SalesTotals totals) {
}
