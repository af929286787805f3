package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.admin.forms.FormErrors;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.CancelChoice;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.VenueSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The events section: the list, the form of the event being edited (or a new one), and its life: save, publish,
 * close, cancel. Cancel first fetches what it would touch ({@link CancelSummary}), the admin chooses refund or flag
 * with that on screen, and only then is it sent.
 */
public final class EventsViewModel {
    private final EventAdminApi api;
    private final Messages m;
    private final Threads threads;
    private final Clock clock;
    private final EventForm form;
    private long opening;
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    private final ObservableList<EventSummary> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<VenueSummary> venues = FXCollections.observableArrayList();
    private final ObservableList<VenueSummary> venuesView = FXCollections.unmodifiableObservableList(venues);
    private final ReadOnlyObjectWrapper<EventDetail> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FormErrors errors = new FormErrors();
    private final BooleanBinding canPublish;
    private final BooleanBinding canClose;
    private final BooleanBinding canCancel;
    private final BooleanBinding canSave;
    private Consumer<String> notices = s -> { };

    public EventsViewModel(EventAdminApi api, Messages m, Threads threads, Clock clock) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        this.clock = clock;
        this.form = new EventForm(m.zone());
        form.blank(LocalDate.now(clock.withZone(m.zone())));
        canPublish = Bindings.createBooleanBinding(() -> status() == EventStatus.DRAFT && !busy.get(), editing, busy);
        canClose = Bindings.createBooleanBinding(() -> (status() == EventStatus.ON_SALE || status() == EventStatus.UPCOMING)
                && !busy.get(), editing, busy);
        canCancel = Bindings.createBooleanBinding(() -> status() != null && status() != EventStatus.CANCELLED && !busy.get(),
                editing, busy);
        canSave = Bindings.createBooleanBinding(() -> status() != EventStatus.CANCELLED && status() != EventStatus.CLOSED
                && !busy.get(), editing, busy);
        form.venueProperty().addListener((o, a, v) -> {
            if (v != null && form.kindProperty().get() == EventKind.RESERVED && editing.get() == null) {
                threads.call(() -> api.seatTiers(v.id())).onSuccess(form::priceEvery).onFailure(this::failed).start();
            }
        });
    }

    private EventStatus status() {
        return editing.get() == null ? null : editing.get().status();
    }

    public EventForm form() {
        return form;
    }

    public ObservableList<EventSummary> events() {
        return eventsView; // one wrapper: a view listened to must live as long as the model
    }

    public ObservableList<VenueSummary> venues() {
        return venuesView; // one wrapper: a view listened to must live as long as the model
    }

    /** The event in the form; null while a new one is being written. */
    public ReadOnlyObjectProperty<EventDetail> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }

    public BooleanBinding canPublish() {
        return canPublish;
    }

    public BooleanBinding canClose() {
        return canClose;
    }

    public BooleanBinding canCancel() {
        return canCancel;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    public void onNotice(Consumer<String> listener) {
        notices = listener == null ? s -> { } : listener;
    }

    public void load() {
        threads.call(() -> new Lists(api.events(), api.venues())).onSuccess(l -> {
            events.setAll(l.events());
            venues.setAll(l.venues());
        }).onFailure(this::failed).start();
    }

    private record Lists(List<EventSummary> events, List<VenueSummary> venues) {
    }

    public void newEvent() {
        opening++;
        editing.set(null);
        errors.done();
        form.blank(LocalDate.now(clock.withZone(m.zone())));
        message.set("");
    }

    public void open(EventSummary summary) {
        if (summary == null) {
            return;
        }
        // the latest choice wins: an earlier event's answer arriving late must not fill the form under another
        long asked = ++opening;
        threads.call(() -> api.event(summary.id())).onSuccess(d -> {
            if (asked == opening) {
                show(d);
            }
        }).onFailure(this::failed).start();
    }

    private void show(EventDetail detail) {
        editing.set(detail);
        errors.done();
        form.fill(detail, venues);
    }

    public void save() {
        errors.attempt();
        if (!form.valid()) {
            message.set(m.text("admin.form.fix"));
            return;
        }
        var request = form.request();
        EventDetail current = editing.get();
        act(current == null ? () -> api.create(request) : () -> api.update(current.id(), request),
                current == null ? "admin.events.created" : "admin.events.saved");
    }

    public void publish() {
        EventDetail e = editing.get();
        if (e != null) {
            act(() -> api.publish(e.id()), "admin.events.published");
        }
    }

    public void close() {
        EventDetail e = editing.get();
        if (e != null) {
            act(() -> api.close(e.id()), "admin.events.closed");
        }
    }

    /** Fetches what cancelling would do and hands it to {@code ask}, which shows it and lets the admin choose. */
    public void prepareCancel(Consumer<CancelSummary> ask) {
        EventDetail e = editing.get();
        if (e == null) {
            return;
        }
        busy.set(true);
        threads.call(() -> api.cancelSummary(e.id())).onSuccess(ask).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    /** Cancels the event whose summary the admin read ({@code eventId}), whatever the form shows by now. */
    public void cancel(long eventId, CancelChoice choice, String reason) {
        if (choice == null) {
            return;
        }
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        act(() -> api.cancel(eventId, new EventCancelRequest(choice, r)),
                choice == CancelChoice.REFUND_ALL ? "admin.events.cancelledRefunded" : "admin.events.cancelledFlagged");
    }

    /** The summary as the admin reads it before choosing: what is sold, and where the money would go. */
    public List<String> summaryLines(CancelSummary s) {
        if (s.orders() == 0) {
            return List.of(m.text("admin.cancel.nothingSold"));
        }
        return List.of(
                m.text("admin.cancel.orders", s.orders(), s.tickets(), s.seats(), s.gaTickets()),
                m.text("admin.cancel.money", m.money(s.amount(), s.currency())),
                m.text("admin.cancel.refundSplit", m.money(s.toCards(), s.currency()), m.money(s.inCash(), s.currency())),
                m.text("admin.cancel.flagMeans"));
    }

    /** Reserved events on sale or coming can have seats killed. */
    public boolean killable(EventDetail e) {
        return e != null && e.kind() == EventKind.RESERVED && e.status() != EventStatus.CANCELLED;
    }

    private void act(Callable<EventDetail> call, String doneKey) {
        busy.set(true);
        errors.clear();
        threads.call(() -> new Acted(call.call(), api.events())).onSuccess(a -> {
            events.setAll(a.events());
            show(a.event());
            String text = m.text(doneKey, a.event().name());
            message.set(text);
            notices.accept(text);
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    private record Acted(EventDetail event, List<EventSummary> events) {
    }

    private void failed(Throwable e) {
        errors.from(e);
        message.set(m.problem(e));
    }
}
