package dev.tiketi.desktop.admin.queue;

import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueWhatIf;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Queue control of one event: the settings form (checked as typed), the what-if of its threshold and rate, which
 * must be shown for exactly the values on the form before they can be applied, and the live monitor (read every
 * few seconds while on screen: the view's timer calls {@link #refresh()}).
 */
public final class QueueControlViewModel {
    /** Ten minutes at one read every two seconds. */
    static final int MOST_SAMPLES = 300;

    private final QueueAdminApi api;
    private final Threads threads;
    private final Clock clock;
    private final EventPicker picker;
    private final ObjectProperty<QueueMode> mode = new SimpleObjectProperty<>(QueueMode.AUTO);
    private final Map<SettingField, StringProperty> fields = new EnumMap<>(SettingField.class);
    private final ReadOnlyObjectWrapper<QueueAdminView> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QueueWhatIf> whatIf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QueueSettings> previewedFor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<Sample> history = FXCollections.observableArrayList();
    private final ObservableList<Sample> historyView = FXCollections.unmodifiableObservableList(history);
    private final BooleanBinding valid;
    private final BooleanBinding canApply;
    private Consumer<String> onNotice = key -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;
    private boolean formLoaded;
    private boolean reading;
    private boolean readFailed;

    /** The monitor at one moment: a point of its chart. */
    public record Sample(Instant at, long waiting, long admitted, Double admissionsPerMinute, Long oldestWaitSeconds) {
    }

    public QueueControlViewModel(QueueAdminApi api, Threads threads, Clock clock) {
        this.api = api;
        this.threads = threads;
        this.clock = clock;
        for (SettingField f : SettingField.values()) {
            fields.put(f, new SimpleStringProperty(""));
        }
        valid = Bindings.createBooleanBinding(() -> mode.get() != null
                && fields.entrySet().stream().allMatch(e -> e.getKey().problem(e.getValue().get()) == null),
                fields.values().toArray(new StringProperty[0]));
        // the projection on screen must be the one for the settings about to be applied
        canApply = Bindings.createBooleanBinding(() -> valid.get() && !busy.get() && whatIf.get() != null
                && Objects.equals(previewedFor.get(), settings()), valid, busy, whatIf, previewedFor, mode,
                fields.get(SettingField.THRESHOLD), fields.get(SettingField.RATE), fields.get(SettingField.IDLE_TIMEOUT),
                fields.get(SettingField.ABANDON_TIMEOUT));
        picker = new EventPicker(api::events, threads, clock);
        picker.chosenProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                open(b);
            }
        });
        picker.onFailure(e -> onFailure.accept(e));
    }

    public EventPicker picker() {
        return picker;
    }

    public ObjectProperty<QueueMode> modeProperty() {
        return mode;
    }

    /** A numeric field's text, as typed. */
    public StringProperty field(SettingField f) {
        return fields.get(f);
    }

    /** The waiting room as last read (summary, oldest wait, settings in force); null before the first read. */
    public ReadOnlyObjectProperty<QueueAdminView> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The projection last asked for; null until asked, and again once the settings are applied or the event changes. */
    public ReadOnlyObjectProperty<QueueWhatIf> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True only while the form is valid and the projection shown is for exactly these values. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** The monitor's points, oldest first. */
    public ObservableList<Sample> history() {
        return historyView;
    }

    /** A message key after applying or clearing. */
    public void onNotice(Consumer<String> handler) {
        this.onNotice = handler;
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** The settings on the form; null while any field is not valid. */
    public QueueSettings settings() {
        if (mode.get() == null || fields.entrySet().stream().anyMatch(e -> e.getKey().problem(e.getValue().get()) != null)) {
            return null;
        }
        return new QueueSettings(mode.get(), value(SettingField.THRESHOLD), value(SettingField.RATE),
                value(SettingField.IDLE_TIMEOUT), value(SettingField.ABANDON_TIMEOUT));
    }

    private int value(SettingField f) {
        return SettingField.parse(fields.get(f).get());
    }

    private Long eventId() {
        EventSummary e = picker.chosenProperty().get();
        return e == null ? null : e.id();
    }

    private void open(EventSummary event) {
        generation++;
        formLoaded = false;
        current.set(null);
        whatIf.set(null);
        previewedFor.set(null);
        history.clear();
        if (event != null) {
            refresh();
        }
    }

    /** Reads the waiting room once (the monitor's timer); the first read of an event fills the form. */
    public void refresh() {
        Long id = eventId();
        if (id == null || reading) {
            return;
        }
        reading = true;
        long mine = generation;
        threads.call(() -> api.view(id)).onSuccess(view -> {
            if (mine == generation) {
                seen(view);
            }
            readFailed = false;
        }).onFailure(e -> {
            if (mine == generation && !readFailed) {
                onFailure.accept(e); // once, not every two seconds while the server is away
            }
            readFailed = true;
        }).always(() -> reading = false).start();
    }

    private void seen(QueueAdminView view) {
        current.set(view);
        history.add(new Sample(clock.instant(), view.summary().waiting(), view.summary().admitted(),
                view.summary().admissionsPerMinute(), view.oldestWaitSeconds()));
        if (history.size() > MOST_SAMPLES) {
            history.remove(0);
        }
        if (!formLoaded) {
            fill(view.settings());
            formLoaded = true;
        }
    }

    private void fill(QueueSettings s) {
        mode.set(s.mode());
        fields.get(SettingField.THRESHOLD).set(Integer.toString(s.threshold()));
        fields.get(SettingField.RATE).set(Integer.toString(s.admissionsPerMinute()));
        fields.get(SettingField.IDLE_TIMEOUT).set(Integer.toString(s.idleTimeoutSeconds()));
        fields.get(SettingField.ABANDON_TIMEOUT).set(Integer.toString(s.abandonTimeoutSeconds()));
    }

    /** Asks what the form's threshold and rate would do to the line now. */
    public void preview() {
        QueueSettings s = settings();
        Long id = eventId();
        if (s == null || id == null) {
            return;
        }
        long mine = generation;
        busy.set(true);
        threads.call(() -> api.whatIf(id, s.threshold(), s.admissionsPerMinute())).onSuccess(w -> {
            if (mine == generation) {
                whatIf.set(w);
                previewedFor.set(s);
            }
        }).onFailure(e -> onFailure.accept(e)).always(() -> busy.set(false)).start();
    }

    /** Puts the form's settings in force on every server (only after their what-if was shown). */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        QueueSettings s = settings();
        long id = eventId();
        long mine = generation;
        busy.set(true);
        threads.call(() -> api.update(id, s)).onSuccess(view -> {
            if (mine == generation) {
                whatIf.set(null);
                previewedFor.set(null);
                current.set(view);
                fill(view.settings());
            }
            onNotice.accept("queueControl.applied");
        }).onFailure(e -> onFailure.accept(e)).always(() -> busy.set(false)).start();
    }

    /** Empties the line and the admitted set (the view asks first): everyone checks in again. */
    public void clear() {
        Long id = eventId();
        if (id == null) {
            return;
        }
        long mine = generation;
        busy.set(true);
        threads.call(() -> api.clear(id)).onSuccess(view -> {
            if (mine == generation) {
                seen(view);
                whatIf.set(null);
                previewedFor.set(null);
            }
            onNotice.accept("queueControl.cleared");
        }).onFailure(e -> onFailure.accept(e)).always(() -> busy.set(false)).start();
    }
}
