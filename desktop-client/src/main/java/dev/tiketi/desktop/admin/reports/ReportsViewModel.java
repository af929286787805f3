package dev.tiketi.desktop.admin.reports;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reports section without the toolkit: the filters (kind, event, days, channels, tier), the report they
 * give as a {@link ReportTable}, and the exports. Any change of a filter asks again (latest answer wins); the
 * exports write what the table shows: the CSV is the server's for the query the table came from, the PDF
 * prints the table's own cells.
 */
public final class ReportsViewModel {
    private final ReportsApi api;
    private final Messages m;
    private final Threads threads;
    private final ReportTables tables;

    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.SALES_BY_EVENT);
    private final ObjectProperty<EventSummary> event = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ObjectProperty<TierView> tier = new SimpleObjectProperty<>();

    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();

    private final ObservableList<EventSummary> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<TierView> tiers = FXCollections.observableArrayList();
    private final ObservableList<TierView> tiersView = FXCollections.unmodifiableObservableList(tiers);
    private final ReadOnlyObjectWrapper<ReportTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();

    private int generation;
    private int tierGeneration;
    private ReportKind shownKind;
    private ReportQuery shownQuery;
    private boolean started;

    public ReportsViewModel(ReportsApi api, Messages m, Threads threads, Clock clock) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        this.tables = new ReportTables(m);
        LocalDate today = LocalDate.now(clock.withZone(m.zone()));
        from.set(today);
        to.set(today);
        event.addListener((o, a, b) -> loadTiers(b));
        InvalidationListener reload = o -> {
            if (started) {
                load();
            }
        };
        kind.addListener(reload);
        event.addListener(reload);
        from.addListener(reload);
        to.addListener(reload);
        channels.addListener(reload);
        tier.addListener(reload);
    }

    /** Called when the section comes on screen: the events for the picker, then the report. */
    public void start() {
        started = true;
        threads.call(api::events).onSuccess(list -> {
            EventSummary chosen = event.get();
            events.setAll(list);
            if (chosen != null) {
                event.set(list.stream().filter(e -> e.id() == chosen.id()).findFirst().orElse(null));
            }
        }).onFailure(this::failed).start();
        load();
    }

    /** The query the filters describe now, for this kind. */
    public ReportQuery query() {
        ReportKind k = kind.get();
        EventSummary e = event.get();
        Long venue = e == null ? null : e.venueId();
        if (k.singleDay()) {
            return ReportQuery.endOfDay(from.get(), venue);
        }
        if (!k.ticketFilters()) {
            return new ReportQuery(from.get(), to.get(), null, venue, null, null, null, null, null);
        }
        return ReportQuery.days(from.get(), to.get()).withEvent(e == null ? null : e.id()).withChannels(List.copyOf(channels))
                .withTier(tier.get() == null ? null : tier.get().id());
    }

    public void load() {
        ReportKind k = kind.get();
        int mine = ++generation;
        if (!k.singleDay() && (from.get() == null) != (to.get() == null)) {
            fail(m.text("reports.bothDays"));
            return;
        }
        if (!k.singleDay() && from.get() != null && from.get().isAfter(to.get())) {
            fail(m.text("reports.toBeforeFrom"));
            return;
        }
        ReportQuery q = query();
        busy.set(true);
        threads.call(() -> build(k, q)).onSuccess(t -> {
            if (mine == generation) {
                shownKind = k;
                shownQuery = q;
                table.set(t);
                say(m.text("reports.rows", t.parts().get(0).rows().size()), false);
            }
        }).onFailure(e -> {
            if (mine == generation) {
                failed(e);
            }
        }).always(() -> {
            if (mine == generation) {
                busy.set(false);
            }
        }).start();
    }

    private ReportTable build(ReportKind k, ReportQuery q) {
        List<String> notes = new ArrayList<>(notes(k, q));
        return switch (k) {
            case SALES_BY_EVENT, SALES_BY_DAY, SALES_BY_CHANNEL, SALES_BY_TIER ->
                    new ReportTable(tables.title(k), withZone(notes, null), List.of(tables.sales(k, api.sales(q))));
            case REFUNDS -> new ReportTable(tables.title(k), withZone(notes, null), List.of(tables.refunds(api.refunds(q))));
            case EXCHANGES -> new ReportTable(tables.title(k), withZone(notes, null), List.of(tables.exchanges(api.exchanges(q))));
            case CASH_SESSIONS -> {
                CashSessionsReport r = api.cashSessions(q);
                yield new ReportTable(tables.title(k), withZone(notes, r.timeZone()),
                        tables.cash(r.sessions(), r.byClerk(), r.byTerminal(), r.total()));
            }
            case END_OF_DAY -> {
                EndOfDayReport r = api.endOfDay(q);
                notes.add(0, m.text("reports.note.day", m.date(r.date())));
                notes.add(tables.daySales(r));
                yield new ReportTable(tables.title(k), withZone(notes, r.timeZone()),
                        tables.cash(r.sessions(), r.byClerk(), r.byTerminal(), r.total()));
            }
        };
    }

    private List<String> notes(ReportKind k, ReportQuery q) {
        List<String> notes = new ArrayList<>();
        if (!k.singleDay()) {
            notes.add(q.from() == null ? m.text("reports.note.allDays")
                    : m.text("reports.note.days", m.date(q.from()), m.date(q.to())));
        }
        if (k.ticketFilters()) {
            EventSummary e = event.get();
            notes.add(m.text("reports.note.event", e == null ? m.text("reports.allEvents") : e.name()));
            notes.add(m.text("reports.note.channels", q.channels().isEmpty() ? m.text("reports.allChannels")
                    : q.channels().stream().map(tables::channel).collect(Collectors.joining(", "))));
            if (tier.get() != null) {
                notes.add(m.text("reports.note.tier", tier.get().name()));
            }
        }
        return notes;
    }

    private List<String> withZone(List<String> notes, String zone) {
        notes.add(zone == null ? m.text("reports.note.venueZones") : m.text("reports.note.zone", zone));
        return notes;
    }

    private void loadTiers(EventSummary e) {
        int mine = ++tierGeneration;
        tier.set(null);
        tiers.clear();
        if (e == null) {
            return;
        }
        threads.call(() -> api.tiers(e.id())).onSuccess(list -> {
            if (mine == tierGeneration) {
                tiers.setAll(list);
            }
        }).onFailure(this::failed).start();
    }

    /** Saves the server's CSV of the report on screen. */
    public void exportCsv(Path file) {
        if (shownKind == null) {
            return;
        }
        ReportKind k = shownKind;
        ReportQuery q = shownQuery;
        threads.call(() -> Files.write(file, api.csv(k, q))).onSuccess(f -> say(m.text("reports.saved", f.getFileName()), false))
                .onFailure(this::failed).start();
    }

    /** Prints the report on screen, cell for cell, to a PDF. */
    public void exportPdf(Path file) {
        ReportTable t = table.get();
        if (t == null) {
            return;
        }
        String footer = m.text("reports.printed", m.dateTime(java.time.Instant.now()));
        threads.call(() -> {
            ReportPdf.write(t, footer, file);
            return file;
        }).onSuccess(f -> say(m.text("reports.saved", f.getFileName()), false)).onFailure(this::failed).start();
    }

    /** A file name for an export: the kind and the first day, e.g. {@code sales-by-event-2026-12-02.csv}. */
    public String suggestedName(String extension) {
        ReportKind k = shownKind != null ? shownKind : kind.get();
        LocalDate day = from.get();
        return k.fileName() + (day == null ? "" : "-" + day) + "." + extension;
    }

    private void failed(Throwable e) {
        fail(m.problem(e));
    }

    private void fail(String text) {
        busy.set(false);
        say(text, true);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<EventSummary> eventProperty() {
        return event;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The channels to count (none: all); the view keeps it equal to the check-combo's checked items. */
    public ObservableList<Channel> channels() {
        return channels;
    }

    public ObjectProperty<TierView> tierProperty() {
        return tier;
    }

    public ObservableList<EventSummary> events() {
        return eventsView; // one wrapper: a view listened to must live as long as the model
    }

    public ObservableList<TierView> tiers() {
        return tiersView; // one wrapper: a view listened to must live as long as the model
    }

    public ReadOnlyObjectProperty<ReportTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReportTables tables() {
        return tables;
    }
}
