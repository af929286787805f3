package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.admin.forms.FieldDecorations;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.VenueSummary;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds {@code Events.fxml} to {@link EventsViewModel}; the tier lines and the cancel dialog are built here. */
final class EventsController {
    private final EventsViewModel vm;
    private final Messages m;
    private final Node killsView;
    private final java.util.function.LongConsumer openKills;
    private FieldDecorations decorations;
    @FXML
    private TableView<EventSummary> table;
    @FXML
    private TableColumn<EventSummary, String> nameColumn;
    @FXML
    private TableColumn<EventSummary, String> statusColumn;
    @FXML
    private TableColumn<EventSummary, String> startsColumn;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab killsTab;
    @FXML
    private Label heading;
    @FXML
    private TextField name;
    @FXML
    private TextArea description;
    @FXML
    private ComboBox<EventKind> kind;
    @FXML
    private ComboBox<VenueSummary> venue;
    @FXML
    private DatePicker startsDate;
    @FXML
    private TextField startsTime;
    @FXML
    private DatePicker opensDate;
    @FXML
    private TextField opensTime;
    @FXML
    private DatePicker closesDate;
    @FXML
    private TextField closesTime;
    @FXML
    private TextField holdMinutes;
    @FXML
    private TextField maxHoldMinutes;
    @FXML
    private TextField limit;
    @FXML
    private Label capacityHeader;
    @FXML
    private VBox tierRows;
    @FXML
    private Label tiersProblem;
    @FXML
    private Button addTierButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button publishButton;
    @FXML
    private Button closeButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Label message;

    EventsController(EventsViewModel vm, Messages m, Node killsView, java.util.function.LongConsumer openKills) {
        this.vm = vm;
        this.m = m;
        this.killsView = killsView;
        this.openKills = openKills;
    }

    @FXML
    private void initialize() {
        EventForm f = vm.form();
        table.setItems(vm.events());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.text("status." + c.getValue().status().name())));
        startsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                m.date(java.time.LocalDate.ofInstant(c.getValue().startsAt(), m.zone()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> vm.open(e));

        name.textProperty().bindBidirectional(f.nameProperty());
        description.textProperty().bindBidirectional(f.descriptionProperty());
        kind.getItems().setAll(EventKind.values());
        kind.valueProperty().bindBidirectional(f.kindProperty());
        kind.setConverter(converter(k -> m.text("admin.events.kind." + k.name())));
        venue.setItems(vm.venues());
        venue.valueProperty().bindBidirectional(f.venueProperty());
        venue.setConverter(converter(VenueSummary::name));
        venue.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(VenueSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        for (DatePicker picker : List.of(startsDate, opensDate, closesDate)) {
            picker.setConverter(days(picker));
        }
        startsDate.valueProperty().bindBidirectional(f.startsDateProperty());
        startsTime.textProperty().bindBidirectional(f.startsTimeProperty());
        opensDate.valueProperty().bindBidirectional(f.opensDateProperty());
        opensTime.textProperty().bindBidirectional(f.opensTimeProperty());
        closesDate.valueProperty().bindBidirectional(f.closesDateProperty());
        closesTime.textProperty().bindBidirectional(f.closesTimeProperty());
        holdMinutes.textProperty().bindBidirectional(f.holdMinutesProperty());
        maxHoldMinutes.textProperty().bindBidirectional(f.maxHoldMinutesProperty());
        limit.textProperty().bindBidirectional(f.perCustomerLimitProperty());
        capacityHeader.visibleProperty().bind(f.kindProperty().isEqualTo(EventKind.GA));

        decorations = new FieldDecorations(m, vm.errors());
        decorations.field(name, "name", name.textProperty(), f::nameProblem);
        decorations.field(description, "description", description.textProperty(), f::descriptionProblem);
        decorations.field(venue, "venueId", venue.valueProperty(), f::venueProblem);
        decorations.field(startsDate, "startsAt", startsDate.valueProperty(), f::startsProblem);
        decorations.field(startsTime, "startsAt", startsTime.textProperty(), f::startsProblem);
        decorations.field(opensDate, "saleOpensAt", opensDate.valueProperty(), f::opensProblem);
        decorations.field(opensTime, "saleOpensAt", opensTime.textProperty(), f::opensProblem);
        decorations.field(closesDate, "saleClosesAt", closesDate.valueProperty(), f::closesProblem);
        decorations.field(closesTime, "saleClosesAt", closesTime.textProperty(), f::closesProblem);
        decorations.field(holdMinutes, "holdMinutes", holdMinutes.textProperty(), f::holdProblem);
        decorations.field(maxHoldMinutes, "maxHoldMinutes", maxHoldMinutes.textProperty(), f::maxHoldProblem);
        decorations.field(limit, "perCustomerLimit", limit.textProperty(), f::limitProblem);
        // the tier list as a whole has no control of its own to decorate (ControlsFX reads a value from one): a line
        f.tiers().addListener((ListChangeListener<TierRow>) c -> vm.errors().forget("tiers"));
        tiersProblem.textProperty().bind(Bindings.createStringBinding(() -> {
            String local = vm.errors().attemptedProperty().get() ? f.tiersProblem() : null;
            String server = vm.errors().server("tiers");
            return local != null ? m.text(local) : server != null ? m.text("admin.form.server", server) : "";
        }, vm.errors().server(), vm.errors().attemptedProperty(), f.tiers()));
        f.tiers().addListener((ListChangeListener<TierRow>) c -> rebuildTiers());
        f.kindProperty().addListener((o, a, b) -> rebuildTiers());
        rebuildTiers();

        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get() == null
                ? m.text("admin.events.newHeading")
                : m.text("admin.events.editHeading", vm.editingProperty().get().name(),
                        m.text("status." + vm.editingProperty().get().status().name())), vm.editingProperty()));
        saveButton.disableProperty().bind(vm.canSave().not());
        addTierButton.disableProperty().bind(vm.canSave().not());
        publishButton.disableProperty().bind(vm.canPublish().not());
        closeButton.disableProperty().bind(vm.canClose().not());
        cancelButton.disableProperty().bind(vm.canCancel().not());
        kind.disableProperty().bind(vm.editingProperty().isNotNull());
        venue.disableProperty().bind(vm.editingProperty().isNotNull());
        message.textProperty().bind(vm.messageProperty());

        killsTab.setContent(killsView);
        killsTab.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.killable(vm.editingProperty().get()),
                vm.editingProperty()));
        killsTab.selectedProperty().addListener((o, a, selected) -> {
            EventDetail e = vm.editingProperty().get();
            if (selected && e != null) {
                openKills.accept(e.id());
            }
        });
        // another event chosen while its seats are on screen: show that one's, or the details if it has none to kill
        vm.editingProperty().addListener((o, before, now) -> {
            if (!killsTab.isSelected()) {
                return;
            }
            if (!vm.killable(now)) {
                tabs.getSelectionModel().selectFirst();
            } else if (before == null || before.id() != now.id()) {
                openKills.accept(now.id());
            }
        });
    }

    private void rebuildTiers() {
        tierRows.getChildren().clear();
        boolean ga = vm.form().ga();
        for (TierRow row : vm.form().tiers()) {
            int i = tierRows.getChildren().size();
            TextField code = field(row.codeProperty(), "tierCode" + i, 110);
            TextField tierName = field(row.nameProperty(), "tierName" + i, 170);
            TextField price = field(row.priceProperty(), "tierPrice" + i, 120);
            TextField capacity = field(row.capacityProperty(), "tierCapacity" + i, 100);
            capacity.setVisible(ga);
            Button remove = new Button("−");
            remove.setId("removeTier" + i);
            remove.setOnAction(e -> vm.form().tiers().remove(row));
            // a published event keeps the tiers it has (the server says so too); a line added since may go again
            remove.setDisable(vm.editingProperty().get() != null && vm.editingProperty().get().status() != EventStatus.DRAFT
                    && vm.editingProperty().get().tiers().stream().anyMatch(t -> t.code().equals(row.codeProperty().get())));
            java.util.function.Supplier<String> path = () -> "tiers[" + vm.form().tiers().indexOf(row) + "]";
            decorations.field(code, () -> path.get() + ".code", code.textProperty(), row::codeProblem);
            decorations.field(tierName, () -> path.get() + ".name", tierName.textProperty(), row::nameProblem);
            decorations.field(price, () -> path.get() + ".price", price.textProperty(), row::priceProblem);
            decorations.field(capacity, () -> path.get() + ".capacity", capacity.textProperty(), () -> row.capacityProblem(vm.form().ga()));
            tierRows.getChildren().add(new HBox(6, code, tierName, price, capacity, remove));
        }
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id, double width) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefWidth(width);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    /**
     * Days shown as {@link Messages#date} writes them. The picker reads its text back when it loses focus: the text it
     * wrote means the day it holds; a typed day is read as 2027-01-02 (the calendar is the usual way).
     */
    private StringConverter<java.time.LocalDate> days(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate day) {
                return day == null ? "" : m.date(day);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                if (text.equals(toString(picker.getValue()))) {
                    return picker.getValue();
                }
                try {
                    return java.time.LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return object == null ? "" : text.apply(object);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void newEvent() {
        table.getSelectionModel().clearSelection();
        vm.newEvent();
        tabs.getSelectionModel().selectFirst();
    }

    @FXML
    private void addTier() {
        vm.form().tiers().add(new TierRow("", "", "", ""));
    }

    @FXML
    private void save() {
        vm.save();
        decorations.revalidate();
    }

    @FXML
    private void publish() {
        vm.publish();
    }

    @FXML
    private void closeSales() {
        vm.close();
    }

    @FXML
    private void cancelEvent() {
        vm.prepareCancel(this::askCancel);
    }

    private void askCancel(CancelSummary summary) {
        CancelDialog.ask(table.getScene().getWindow(), m, summary.eventName(), vm.summaryLines(summary))
                .ifPresent(answer -> vm.cancel(summary.eventId(), answer.choice(), answer.reason()));
    }
}
