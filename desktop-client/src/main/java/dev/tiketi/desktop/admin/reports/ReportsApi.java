package dev.tiketi.desktop.admin.reports;

import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import java.util.List;

/** What the reports section asks of the server (a fake in the view-model's tests). */
public interface ReportsApi {
    List<EventSummary> events();

    List<TierView> tiers(long eventId);

    SalesReport sales(ReportQuery q);

    RefundReport refunds(ReportQuery q);

    ExchangeReport exchanges(ReportQuery q);

    CashSessionsReport cashSessions(ReportQuery q);

    EndOfDayReport endOfDay(ReportQuery q);

    /** The server's own CSV of the report (Apache Commons CSV, UTF-8 with a BOM), byte for byte. */
    byte[] csv(ReportKind kind, ReportQuery q);
}
