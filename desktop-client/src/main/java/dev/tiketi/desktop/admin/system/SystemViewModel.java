package dev.tiketi.desktop.admin.system;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.SystemFigures;
import dev.tiketi.model.catalog.EventSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The system panel: the server's operations figures, read every few seconds while the panel is on screen (the
 * view's timer calls {@link #refresh()}), and kept as a short history for the per-minute chart. One read at a
 * time: a slow server is not asked again until it has answered.
 */
public final class SystemViewModel {
    /** Ten minutes at one read every three seconds. */
    static final int MOST_SAMPLES = 200;

    private final SystemApi api;
    private final Threads threads;
    private final ReadOnlyObjectWrapper<SystemFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<SystemFigures> history = FXCollections.observableArrayList();
    private final ObservableList<SystemFigures> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<QueueRow> queues = FXCollections.observableArrayList();
    private final ObservableList<QueueRow> queuesView = FXCollections.unmodifiableObservableList(queues);
    private final Map<Long, String> names = new HashMap<>();
    private Consumer<Throwable> onFailure = e -> { };
    private boolean busy;

    public SystemViewModel(SystemApi api, Threads threads) {
        this.api = api;
        this.threads = threads;
    }

    /** One waiting room, with its event's name (the id while the name is not known). */
    public record QueueRow(String event, SystemFigures.QueueFigures figures) {
    }

    public ReadOnlyObjectProperty<SystemFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** False after a read failed, until one works again. */
    public ReadOnlyBooleanProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }

    /** Every read, oldest first: the chart's points. */
    public ObservableList<SystemFigures> history() {
        return historyView;
    }

    public ObservableList<QueueRow> queues() {
        return queuesView;
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    public void refresh() {
        if (busy) {
            return;
        }
        busy = true;
        threads.call(() -> {
            SystemFigures read = api.figures();
            boolean unknown = read.queues().stream().anyMatch(q -> !known(q.eventId()));
            return new Read(read, unknown ? api.events() : null);
        }).onSuccess(this::apply).onFailure(e -> {
            if (reachable.get()) {
                onFailure.accept(e); // once, not every three seconds while the server is down
            }
            reachable.set(false);
        }).always(() -> busy = false).start();
    }

    private synchronized boolean known(long eventId) {
        return names.containsKey(eventId);
    }

    private record Read(SystemFigures figures, java.util.List<EventSummary> events) {
    }

    private void apply(Read read) {
        if (read.events() != null) {
            synchronized (this) {
                read.events().forEach(e -> names.put(e.id(), e.name()));
            }
        }
        reachable.set(true);
        figures.set(read.figures());
        history.add(read.figures());
        if (history.size() > MOST_SAMPLES) {
            history.remove(0);
        }
        queues.setAll(read.figures().queues().stream().map(q -> new QueueRow(nameOf(q.eventId()), q)).toList());
    }

    private synchronized String nameOf(long eventId) {
        return names.getOrDefault(eventId, "#" + eventId);
    }

    /** Redis memory in use as a share of its limit; -1 when Redis has no limit. */
    public static double memoryShare(SystemFigures f) {
        return f == null || f.redisMaxMemoryBytes() <= 0 ? -1 : (double) f.redisUsedMemoryBytes() / f.redisMaxMemoryBytes();
    }

    /** Bytes in MB with one decimal, as the panel shows memory. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
