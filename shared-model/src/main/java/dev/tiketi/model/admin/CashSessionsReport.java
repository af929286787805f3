package dev.tiketi.model.admin;

import dev.tiketi.model.sales.CashReport;
import java.time.LocalDate;
import java.util.List;

/** Cash sessions opened on the days given (in {@code timeZone}), each with its reckoning, and their sums by clerk and terminal. */
public record CashSessionsReport(LocalDate from, LocalDate to, String timeZone, List<CashReport> sessions,
                                 List<CashTotals> byClerk, List<CashTotals> byTerminal, CashTotals total) {
}
