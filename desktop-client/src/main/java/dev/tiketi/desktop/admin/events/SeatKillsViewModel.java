package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillView;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Seat kills of one event: the live seat map (the shared {@link LiveEvent}, so kills, sales and holds elsewhere show
 * as they happen), the seats chosen on it, the list of seats off sale with why and by whom. Killing is all or none on
 * the server; when it refuses because a chosen seat was sold or held meanwhile, the seats at fault are looked up and
 * kept in {@link #refused()}, which the map rings, and named in the message.
 */
public final class SeatKillsViewModel implements AutoCloseable {
    private final EventAdminApi api;
    private final Messages m;
    private final Threads threads;
    private final LiveEvent live;
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObservableSet<Long> refused = FXCollections.observableSet();
    private final ObservableList<SeatKillView> kills = FXCollections.observableArrayList();
    private final ObservableList<SeatKillView> killsView = FXCollections.unmodifiableObservableList(kills);
    private final ObjectProperty<KillReason> reason = new SimpleObjectProperty<>(KillReason.HOUSE);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long eventId;

    public SeatKillsViewModel(EventAdminApi api, SaleApi sale, LiveFeeds feeds, Messages m, Threads threads) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        this.live = new LiveEvent(sale, feeds, threads);
        live.onFailure(e -> message.set(m.problem(e)));
    }

    public LiveEvent live() {
        return live;
    }

    /** The seats chosen on the map (the map's selection is bound to it). */
    public ObservableSet<Long> selection() {
        return selection;
    }

    public ObservableSet<Long> refused() {
        return FXCollections.unmodifiableObservableSet(refused);
    }

    public ObservableList<SeatKillView> kills() {
        return killsView; // one wrapper: a view listened to must live as long as the model
    }

    public ObjectProperty<KillReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void open(long eventId) {
        this.eventId = eventId;
        selection.clear();
        refused.clear();
        kills.clear();
        message.set("");
        live.open(eventId);
        threads.call(() -> api.kills(eventId)).onSuccess(this::show).onFailure(this::failed).start();
    }

    public void kill() {
        if (selection.isEmpty()) {
            message.set(m.text("admin.kills.chooseSeats"));
            return;
        }
        if (note.get().length() > 200) {
            message.set(m.text("admin.kills.noteTooLong"));
            return;
        }
        List<Long> seats = List.copyOf(selection);
        String text = note.get().isBlank() ? null : note.get().strip();
        busy.set(true);
        long event = eventId;
        threads.call(() -> api.kill(event, new SeatKillRequest(seats, reason.get(), text))).onSuccess(v -> {
            show(v);
            selection.clear();
            refused.clear();
            message.set(m.text("admin.kills.killed", seats.size()));
        }).onFailure(e -> refusedOrFailed(event, seats, e)).always(() -> busy.set(false)).start();
    }

    public void free(List<SeatKillView> chosen) {
        if (chosen.isEmpty()) {
            message.set(m.text("admin.kills.chooseKilled"));
            return;
        }
        List<Long> seats = chosen.stream().map(SeatKillView::seatId).toList();
        busy.set(true);
        long event = eventId;
        threads.call(() -> api.free(event, new SeatFreeRequest(seats))).onSuccess(v -> {
            show(v);
            message.set(m.text("admin.kills.freed", seats.size()));
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    /** A seat's label for the list and the messages. */
    public String label(long seatId) {
        SeatView s = live.seatViews().get(seatId);
        return s == null ? "#" + seatId : s.label();
    }

    public String describe(SeatKillView k) {
        return m.text("admin.kills.line", k.label(), m.text("admin.kills.reason." + k.reason().name()),
                k.note() == null ? "" : k.note(), k.killedBy(), m.dateTime(k.killedAt()));
    }

    private void refusedOrFailed(long event, List<Long> seats, Throwable e) {
        if (!(e instanceof ApiException a && a.is(ErrorCode.SEAT_NOT_FREE))) {
            failed(e);
            return;
        }
        // the server says some seat was sold or held, not which: ask for the seats as they are now
        threads.call(() -> api.seats(event)).onSuccess(snapshot -> {
            Set<Long> chosen = Set.copyOf(seats);
            List<Long> taken = new ArrayList<>();
            for (SeatState s : snapshot.seats()) {
                if (chosen.contains(s.seatId()) && (s.status() == SeatStatus.SOLD || s.status() == SeatStatus.HELD)) {
                    taken.add(s.seatId());
                }
            }
            refused.clear();
            refused.addAll(taken);
            selection.removeAll(taken);
            message.set(m.text("admin.kills.refused", taken.stream().map(this::label).sorted().collect(Collectors.joining(", "))));
        }).onFailure(this::failed).start();
    }

    private void show(SeatKillsView v) {
        kills.setAll(v.kills());
    }

    private void failed(Throwable e) {
        message.set(m.problem(e));
    }

    @Override
    public void close() {
        live.close();
    }
}
