package dev.tiketi.desktop.admin.reports;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import java.util.List;

/** {@link ReportsApi} over the terminal's {@link ApiClient}. */
public final class ServerReports implements ReportsApi {
    private final ApiClient api;

    public ServerReports(ApiClient api) {
        this.api = api;
    }

    @Override
    public List<EventSummary> events() {
        return api.eventsList(null);
    }

    @Override
    public List<TierView> tiers(long eventId) {
        return api.event(eventId).tiers();
    }

    @Override
    public SalesReport sales(ReportQuery q) {
        return api.send("GET", ApiPaths.ADMIN_REPORT_SALES + q.toQueryString(), null, SalesReport.class);
    }

    @Override
    public RefundReport refunds(ReportQuery q) {
        return api.send("GET", ApiPaths.ADMIN_REPORT_REFUNDS + q.toQueryString(), null, RefundReport.class);
    }

    @Override
    public ExchangeReport exchanges(ReportQuery q) {
        return api.send("GET", ApiPaths.ADMIN_REPORT_EXCHANGES + q.toQueryString(), null, ExchangeReport.class);
    }

    @Override
    public CashSessionsReport cashSessions(ReportQuery q) {
        return api.send("GET", ApiPaths.ADMIN_REPORT_CASH_SESSIONS + q.toQueryString(), null, CashSessionsReport.class);
    }

    @Override
    public EndOfDayReport endOfDay(ReportQuery q) {
        return api.send("GET", ApiPaths.ADMIN_REPORT_END_OF_DAY + q.toQueryString(), null, EndOfDayReport.class);
    }

    @Override
    public byte[] csv(ReportKind kind, ReportQuery q) {
        return api.bytes(kind.path() + ApiPaths.CSV + q.toQueryString(), "text/csv");
    }
}
