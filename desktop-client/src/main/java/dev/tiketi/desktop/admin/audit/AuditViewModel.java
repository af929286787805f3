package dev.tiketi.desktop.admin.audit;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.admin.AuditQuery;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log without the toolkit: filters (who, actions, event, terminal, days), one page of entries at a
 * time, newest first, and the chosen entry's details. Choices (actions, event, days) search at once; typed
 * filters (who, terminal) search on {@link #search()}, so a name is not looked up letter by letter.
 */
public final class AuditViewModel {
    public static final int PAGE_SIZE = 50;

    private final AuditApi api;
    private final Messages m;
    private final Threads threads;

    private final StringProperty actor = new SimpleStringProperty("");
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObjectProperty<EventSummary> event = new SimpleObjectProperty<>();
    private final StringProperty terminal = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditEntryView> selected = new SimpleObjectProperty<>();

    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();

    private final ObservableList<EventSummary> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<AuditEntryView> entries = FXCollections.observableArrayList();
    private final ObservableList<AuditEntryView> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int generation;
    private boolean started;

    public AuditViewModel(AuditApi api, Messages m, Threads threads) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        InvalidationListener again = o -> {
            if (started) {
                search();
            }
        };
        actions.addListener(again);
        event.addListener(again);
        from.addListener(again);
        to.addListener(again);
        selected.addListener((o, a, b) -> details.set(b == null ? "" : details(b)));
    }

    /** The section came on screen: the events for the picker, and the newest entries. */
    public void start() {
        started = true;
        threads.call(api::events).onSuccess(list -> {
            EventSummary chosen = event.get();
            events.setAll(list);
            if (chosen != null) {
                event.set(list.stream().filter(e -> e.id() == chosen.id()).findFirst().orElse(null));
            }
        }).onFailure(e -> fail(m.problem(e))).start();
        load(page.get());
    }

    /** The first page for the filters as they are now. */
    public void search() {
        load(0);
    }

    public void next() {
        if (page.get() + 1 < pages.get()) {
            load(page.get() + 1);
        }
    }

    public void previous() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    /** The query for this page: days [from, to] as instants in the terminal's zone, to's whole day included. */
    public AuditQuery query(int pageNo) {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(m.zone()).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(m.zone()).toInstant();
        return new AuditQuery(blankToNull(actor.get()), actions.isEmpty() ? null : List.copyOf(actions),
                event.get() == null ? null : event.get().id(), blankToNull(terminal.get()), start, end, pageNo, PAGE_SIZE);
    }

    private void load(int pageNo) {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            fail(m.text("reports.toBeforeFrom"));
            return;
        }
        int mine = ++generation;
        AuditQuery q = query(pageNo);
        busy.set(true);
        threads.call(() -> api.search(q)).onSuccess(result -> {
            if (mine == generation) {
                shown(result);
            }
        }).onFailure(e -> {
            if (mine == generation) {
                fail(m.problem(e));
            }
        }).always(() -> {
            if (mine == generation) {
                busy.set(false);
            }
        }).start();
    }

    private void shown(PageResponse<AuditEntryView> result) {
        Long chosen = Optional.ofNullable(selected.get()).map(AuditEntryView::id).orElse(null);
        entries.setAll(result.items());
        selected.set(result.items().stream().filter(e -> chosen != null && e.id() == chosen).findFirst().orElse(null));
        page.set(result.page());
        total.set(result.total());
        pages.set((int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        message.set(m.text("audit.page", result.page() + 1, pages.get(), result.total()));
        error.set(false);
    }

    /** Everything recorded about one entry, one fact a line. */
    public String details(AuditEntryView e) {
        StringJoiner out = new StringJoiner("\n");
        out.add(m.text("audit.details.at", m.dateTime(e.at())));
        out.add(m.text("audit.details.actor", e.actorName() == null ? m.text("audit.system") : e.actorName()));
        out.add(m.text("audit.details.terminal", e.terminal() == null ? "—" : e.terminal()));
        out.add(m.text("audit.details.action", AuditActions.text(m, e.action()), e.action()));
        if (e.entity() != null) {
            out.add(m.text("audit.details.entity", e.entity(), e.entityId() == null ? "" : "#" + e.entityId()));
        }
        if (e.eventId() != null) {
            out.add(m.text("audit.details.event", eventName(e.eventId())));
        }
        if (e.details() != null && !e.details().isEmpty()) {
            out.add("");
            for (Map.Entry<String, Object> d : e.details().entrySet()) {
                out.add(d.getKey() + ": " + value(d.getKey(), d.getValue()));
            }
        }
        return out.toString();
    }

    /** The details' amounts (in the house currency, as the server records them) read as money. */
    private static final java.util.Set<String> MONEY = java.util.Set.of("amount", "total", "paid", "price", "difference",
            "openingFloat", "counted", "expected", "variance", "cash", "card", "change");

    private String value(String key, Object value) {
        return MONEY.contains(key) && value instanceof Number n ? m.cash(n.longValue()) : String.valueOf(value);
    }

    /** The event's name when it is among the picker's events, else its number. */
    public String eventName(Long id) {
        if (id == null) {
            return "";
        }
        return events.stream().filter(e -> e.id() == id).map(EventSummary::name).findFirst().orElse("#" + id);
    }

    /** The details in one line, for the table. */
    public String summary(AuditEntryView e) {
        if (e.details() == null || e.details().isEmpty()) {
            return "";
        }
        StringJoiner out = new StringJoiner(", ");
        e.details().forEach((k, v) -> out.add(k + "=" + value(k, v)));
        return out.toString();
    }

    private void fail(String text) {
        busy.set(false);
        message.set(text);
        error.set(true);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ObjectProperty<EventSummary> eventProperty() {
        return event;
    }

    public StringProperty terminalProperty() {
        return terminal;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditEntryView> selectedProperty() {
        return selected;
    }

    public ObservableList<EventSummary> events() {
        return eventsView; // one wrapper: a view listened to must live as long as the model
    }

    public ObservableList<AuditEntryView> entries() {
        return entriesView; // one wrapper: a view listened to must live as long as the model
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
