package dev.tiketi.desktop.admin.reports;

import dev.tiketi.model.ApiPaths;

/**
 * What the admin asks for. The four sales views are one server report (event × day × channel × tier) added up
 * along one of its dimensions here, so they always agree with each other and with the CSV the server writes.
 */
public enum ReportKind {
    SALES_BY_EVENT(ApiPaths.ADMIN_REPORT_SALES),
    SALES_BY_DAY(ApiPaths.ADMIN_REPORT_SALES),
    SALES_BY_CHANNEL(ApiPaths.ADMIN_REPORT_SALES),
    SALES_BY_TIER(ApiPaths.ADMIN_REPORT_SALES),
    REFUNDS(ApiPaths.ADMIN_REPORT_REFUNDS),
    EXCHANGES(ApiPaths.ADMIN_REPORT_EXCHANGES),
    CASH_SESSIONS(ApiPaths.ADMIN_REPORT_CASH_SESSIONS),
    END_OF_DAY(ApiPaths.ADMIN_REPORT_END_OF_DAY);

    private final String path;

    ReportKind(String path) {
        this.path = path;
    }

    /** The JSON path; the CSV is the same path + {@link ApiPaths#CSV}. */
    public String path() {
        return path;
    }

    /** Narrowed by channel and tier (ticket reports); cash reports are by drawer, which has no channel. */
    public boolean ticketFilters() {
        return this.ordinal() <= EXCHANGES.ordinal();
    }

    /** One day (end of day) rather than a range. */
    public boolean singleDay() {
        return this == END_OF_DAY;
    }

    /** The file name of its exports, without extension. */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
