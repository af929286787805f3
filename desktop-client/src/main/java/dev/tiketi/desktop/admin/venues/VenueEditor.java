package dev.tiketi.desktop.admin.venues;

import dev.tiketi.desktop.admin.forms.FormErrors;
import dev.tiketi.desktop.seatmap.SeatEdit;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.InvalidLayoutException;
import dev.tiketi.model.catalog.LayoutGenerator;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The venues section: a venue's name, address, zone and generator sections, and a preview placed by the very
 * generator the server uses ({@link LayoutGenerator}, shared-model), redrawn as the admin types. Blocked and accessible
 * seats are marked on the preview (the seat map's edit behaviour) and kept as "ROW-NUMBER" on their section, so they
 * survive a change of the form that regenerates the preview. Save creates the venue, or replaces its layout.
 */
public final class VenueEditor {
    private final VenueAdminApi api;
    private final Messages m;
    private final Threads threads;
    private final ObservableList<VenueSummary> venues = FXCollections.observableArrayList();
    private final ObservableList<VenueSummary> venuesView = FXCollections.unmodifiableObservableList(venues);
    private final ReadOnlyObjectWrapper<VenueSummary> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList(
            s -> new Observable[] {s.codeProperty(), s.nameProperty(), s.rowsProperty(), s.seatsPerRowProperty(),
                    s.firstRowProperty(), s.curvedProperty(), s.tierProperty(), s.rowTiersProperty()});
    private final ObjectProperty<SectionRow> section = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<VenueLayout> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TierView> previewTiers = FXCollections.observableArrayList();
    private final ObservableList<TierView> previewTiersView = FXCollections.unmodifiableObservableList(previewTiers);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FormErrors errors = new FormErrors();
    /** Preview seat id → its section and place, for the editor's marks. */
    private Map<Long, Place> places = Map.of();
    /** The generator refused the form as a whole (too many seats, a code twice): nothing to save. */
    private boolean unplaceable;
    private Consumer<String> notices = s -> { };

    private record Place(SectionRow section, String row, int number) {
    }

    public VenueEditor(VenueAdminApi api, Messages m, Threads threads) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        sections.addListener((javafx.collections.ListChangeListener<SectionRow>) c -> regenerate());
        blank();
    }

    public ObservableList<VenueSummary> venues() {
        return venuesView; // one wrapper: a view listened to must live as long as the model
    }

    /** The venue being edited; null for a new one. */
    public ReadOnlyObjectProperty<VenueSummary> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    /** The section whose fields the form shows. */
    public ObjectProperty<SectionRow> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<VenueLayout> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The tier codes the preview's seats use, as tiers the seat map colours by (in order of first use; no prices yet). */
    public ObservableList<TierView> previewTiers() {
        return previewTiersView; // one wrapper: a view listened to must live as long as the model
    }

    /** "480 seats · 4 blocked · 10 accessible", or why there is no preview. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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

    public void onNotice(Consumer<String> listener) {
        notices = listener == null ? s -> { } : listener;
    }

    public String nameProblem() {
        String v = name.get().strip();
        return v.isEmpty() || v.length() > 120 ? "admin.venues.rule.name" : null;
    }

    public String addressProblem() {
        return address.get().length() > 300 ? "admin.venues.rule.address" : null;
    }

    public String timeZoneProblem() {
        String v = timeZone.get().strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            ZoneId.of(v);
            return v.contains("/") || v.equals("UTC") ? null : "admin.venues.rule.zone";
        } catch (DateTimeException e) {
            return "admin.venues.rule.zone";
        }
    }

    public boolean valid() {
        return nameProblem() == null && addressProblem() == null && timeZoneProblem() == null && !sections.isEmpty()
                && sections.stream().allMatch(SectionRow::valid) && preview.get() != null && !unplaceable;
    }

    public void load() {
        threads.call(api::venues).onSuccess(venues::setAll).onFailure(this::failed).start();
    }

    /** A new venue: one section to start from. */
    public void blank() {
        editing.set(null);
        errors.done();
        name.set("");
        address.set("");
        timeZone.set(m.zone().getId());
        sections.setAll(new SectionRow("A", m.text("admin.venues.defaultSection"), 10, 20, "STD"));
        section.set(sections.get(0));
        message.set("");
    }

    public void open(VenueSummary venue) {
        if (venue == null) {
            return;
        }
        threads.call(() -> api.venue(venue.id())).onSuccess(r -> {
            editing.set(venue);
            errors.done();
            name.set(r.name());
            address.set(r.address() == null ? "" : r.address());
            timeZone.set(r.timeZone() == null ? venue.timeZone() : r.timeZone());
            sections.setAll(r.sections().stream().map(SectionRow::of).toList());
            section.set(sections.isEmpty() ? null : sections.get(0));
            message.set("");
        }).onFailure(this::failed).start();
    }

    public void addSection() {
        int n = sections.size() + 1;
        while (taken("S" + n)) {
            n++;
        }
        String code = "S" + n;
        SectionRow row = new SectionRow(code, m.text("admin.venues.sectionN", n), 8, 12, "STD");
        sections.add(row);
        section.set(row);
    }

    private boolean taken(String code) {
        return sections.stream().anyMatch(s -> s.codeProperty().get().strip().equals(code));
    }

    public void removeSection() {
        SectionRow s = section.get();
        if (s != null && sections.size() > 1) {
            sections.remove(s);
            section.set(sections.get(0));
        }
    }

    /** The editor's marks, as the seat map's edit behaviour reports them, kept on their sections. */
    public void marked(List<SeatEdit> edits) {
        for (SeatEdit e : edits) {
            Place p = places.get(e.seatId());
            if (p != null) {
                p.section().mark(p.row(), p.number(), e.blocked(), e.accessible());
            }
        }
        summary.set(describe(preview.get()));
    }

    /** Places the seats again from the form; an invalid form keeps the last preview and says why. */
    public void regenerate() {
        if (sections.isEmpty() || !sections.stream().allMatch(SectionRow::valid)) {
            summary.set(m.text("admin.venues.previewStale"));
            return;
        }
        unplaceable = false;
        try {
            List<SectionSpec> specs = sections.stream().map(SectionRow::spec).toList();
            VenueLayout layout = LayoutGenerator.generate(specs).preview(name.get());
            Map<Long, Place> byId = new HashMap<>();
            for (int i = 0; i < layout.sections().size(); i++) {
                SectionLayout s = layout.sections().get(i);
                SectionRow row = sections.get(i); // the generator keeps the specs' order
                for (RowLayout r : s.rows()) {
                    for (SeatView seat : r.seats()) {
                        byId.put(seat.id(), new Place(row, seat.row(), seat.number()));
                    }
                }
            }
            places = byId;
            List<String> codes = layout.sections().stream().flatMap(x -> x.rows().stream()).flatMap(r -> r.seats().stream())
                    .map(SeatView::tierCode).distinct().toList();
            List<TierView> tiers = new java.util.ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                tiers.add(new TierView(i + 1, codes.get(i), codes.get(i), 0, null));
            }
            if (!tiers.equals(previewTiers)) {
                previewTiers.setAll(tiers);
            }
            preview.set(layout);
            summary.set(describe(layout));
        } catch (InvalidLayoutException e) {
            unplaceable = true;
            // the generator's own words are English: say it in the terminal's language by what it refused
            boolean tooMany = e.errors().stream().anyMatch(f -> f.field().equals("sections"));
            boolean codeTwice = e.errors().stream().anyMatch(f -> f.field().endsWith(".code"));
            summary.set(tooMany ? m.text("admin.venues.tooManySeats", LayoutGenerator.MAX_SEATS)
                    : codeTwice ? m.text("admin.venues.codeTwice") : m.text("admin.venues.previewInvalid"));
        }
    }

    private String describe(VenueLayout layout) {
        if (layout == null) {
            return "";
        }
        long blocked = 0;
        long accessible = 0;
        for (Map.Entry<Long, Place> e : places.entrySet()) {
            Place p = e.getValue();
            blocked += p.section().isBlocked(p.row(), p.number()) ? 1 : 0;
            accessible += p.section().isAccessible(p.row(), p.number()) ? 1 : 0;
        }
        return m.text("admin.venues.summary", layout.seatCount(), blocked, accessible);
    }

    public VenueRequest request() {
        String zone = timeZone.get().strip();
        return new VenueRequest(name.get().strip(), address.get().isBlank() ? null : address.get().strip(),
                sections.stream().map(SectionRow::spec).toList(), zone.isEmpty() ? null : zone);
    }

    public void save() {
        errors.attempt();
        if (!valid()) {
            message.set(m.text("admin.form.fix"));
            return;
        }
        VenueRequest request = request();
        VenueSummary current = editing.get();
        busy.set(true);
        errors.clear();
        threads.call(() -> {
            VenueSummary saved = current == null ? api.create(request) : api.update(current.id(), request);
            return new Saved(saved, api.venues());
        }).onSuccess(s -> {
            venues.setAll(s.venues());
            editing.set(s.venue());
            errors.done();
            String text = m.text(current == null ? "admin.venues.created" : "admin.venues.saved", s.venue().name(),
                    s.venue().seatCount());
            message.set(text);
            notices.accept(text);
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    private record Saved(VenueSummary venue, List<VenueSummary> venues) {
    }

    private void failed(Throwable e) {
        errors.from(e);
        message.set(m.problem(e));
    }
}
