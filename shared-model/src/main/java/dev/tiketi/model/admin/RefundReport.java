package dev.tiketi.model.admin;

import java.time.LocalDate;
import java.util.List;

public record RefundReport(LocalDate from, LocalDate to, Long eventId, List<RefundReportRow> rows, int tickets, long amount) {
}
