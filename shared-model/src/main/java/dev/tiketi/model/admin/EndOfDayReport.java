package dev.tiketi.model.admin;

import dev.tiketi.model.sales.CashReport;
import java.time.LocalDate;
import java.util.List;

/**
 * Closing the day: every cash session opened that day (in {@code timeZone}) at every counter, by every clerk,
 * with its variance; their sums by clerk and by terminal and in all; and the day's ticket sales.
 */
public record EndOfDayReport(LocalDate date, String timeZone, List<CashReport> sessions, List<CashTotals> byClerk,
                             List<CashTotals> byTerminal, CashTotals total, SalesTotals sales) {
}
