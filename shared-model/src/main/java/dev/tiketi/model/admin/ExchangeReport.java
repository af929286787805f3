package dev.tiketi.model.admin;

import java.time.LocalDate;
import java.util.List;

public record ExchangeReport(LocalDate from, LocalDate to, Long eventId, List<ExchangeReportRow> rows, long difference) {
}
