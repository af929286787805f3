package dev.tiketi.desktop.admin.venues;

import dev.tiketi.desktop.admin.forms.FieldDecorations;
import dev.tiketi.desktop.seatmap.EditBehavior;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.catalog.VenueSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * Binds {@code Venues.fxml} to {@link VenueEditor}. The section fields follow the chosen section (rebound when it
 * changes); the preview is the shared seat map with the layout editor's behaviour ({@link EditBehavior}), whose marks
 * go to the editor.
 */
final class VenuesController {
    private final VenueEditor vm;
    private final Messages m;
    private final EditBehavior editing = new EditBehavior();
    @FXML
    private ListView<VenueSummary> venueList;
    @FXML
    private Label heading;
    @FXML
    private TextField name;
    @FXML
    private TextField address;
    @FXML
    private TextField zone;
    @FXML
    private ListView<SectionRow> sectionList;
    @FXML
    private Button removeSectionButton;
    @FXML
    private TextField code;
    @FXML
    private TextField sectionName;
    @FXML
    private TextField rows;
    @FXML
    private TextField seats;
    @FXML
    private TextField firstRow;
    @FXML
    private CheckBox curved;
    @FXML
    private TextField tier;
    @FXML
    private TextField rowTiers;
    @FXML
    private Button saveButton;
    @FXML
    private Label message;
    @FXML
    private Button blockButton;
    @FXML
    private Button accessibleButton;
    @FXML
    private Label summary;
    @FXML
    private SeatMap seatMap;

    VenuesController(VenueEditor vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        venueList.setItems(vm.venues());
        venueList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VenueSummary v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : m.text("admin.venues.listLine", v.name(), v.seatCount()));
            }
        });
        venueList.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> vm.open(v));
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get() == null
                ? m.text("admin.venues.newHeading") : m.text("admin.venues.editHeading", vm.editingProperty().get().name()),
                vm.editingProperty()));
        name.textProperty().bindBidirectional(vm.nameProperty());
        address.textProperty().bindBidirectional(vm.addressProperty());
        zone.textProperty().bindBidirectional(vm.timeZoneProperty());

        sectionList.setItems(vm.sections());
        sectionList.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.sectionProperty().set(s);
            }
        });
        vm.sectionProperty().addListener((o, before, now) -> bindSection(before, now));
        bindSection(null, vm.sectionProperty().get());
        removeSectionButton.disableProperty().bind(Bindings.size(vm.sections()).lessThan(2));

        FieldDecorations d = new FieldDecorations(m, vm.errors());
        d.field(name, "name", name.textProperty(), vm::nameProblem);
        d.field(address, "address", address.textProperty(), vm::addressProblem);
        d.field(zone, "timeZone", zone.textProperty(), vm::timeZoneProblem);
        d.field(code, () -> path() + ".code", code.textProperty(), () -> ifSection(SectionRow::codeProblem));
        d.field(sectionName, () -> path() + ".name", sectionName.textProperty(), () -> ifSection(SectionRow::nameProblem));
        d.field(rows, () -> path() + ".rows", rows.textProperty(), () -> ifSection(SectionRow::rowsProblem));
        d.field(seats, () -> path() + ".seatsPerRow", seats.textProperty(), () -> ifSection(SectionRow::seatsProblem));
        d.field(firstRow, () -> path() + ".firstRowLabel", firstRow.textProperty(), () -> ifSection(SectionRow::firstRowProblem));
        d.field(tier, () -> path() + ".tierCode", tier.textProperty(), () -> ifSection(SectionRow::tierProblem));
        d.field(rowTiers, () -> path() + ".rowTiers", rowTiers.textProperty(), () -> ifSection(SectionRow::rowTiersProblem));
        vm.sectionProperty().addListener((o, a, b) -> d.revalidate());

        seatMap.setBehavior(editing);
        seatMap.localize(m);
        seatMap.fontFamilyProperty().set(TerminalFont.FAMILY);
        javafx.beans.binding.Bindings.bindContent(seatMap.getTiers(), vm.previewTiers());
        seatMap.layoutProperty().bind(vm.previewProperty());
        editing.setOnEdit(vm::marked);
        blockButton.disableProperty().bind(Bindings.isEmpty(editing.selection()));
        accessibleButton.disableProperty().bind(Bindings.isEmpty(editing.selection()));
        summary.textProperty().bind(vm.summaryProperty());
        saveButton.disableProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());
    }

    private String path() {
        return "sections[" + vm.sections().indexOf(vm.sectionProperty().get()) + "]";
    }

    private String ifSection(java.util.function.Function<SectionRow, String> rule) {
        SectionRow s = vm.sectionProperty().get();
        return s == null ? null : rule.apply(s);
    }

    private void bindSection(SectionRow before, SectionRow now) {
        if (before != null) {
            code.textProperty().unbindBidirectional(before.codeProperty());
            sectionName.textProperty().unbindBidirectional(before.nameProperty());
            rows.textProperty().unbindBidirectional(before.rowsProperty());
            seats.textProperty().unbindBidirectional(before.seatsPerRowProperty());
            firstRow.textProperty().unbindBidirectional(before.firstRowProperty());
            curved.selectedProperty().unbindBidirectional(before.curvedProperty());
            tier.textProperty().unbindBidirectional(before.tierProperty());
            rowTiers.textProperty().unbindBidirectional(before.rowTiersProperty());
        }
        if (now != null) {
            bind(code.textProperty(), now.codeProperty());
            bind(sectionName.textProperty(), now.nameProperty());
            bind(rows.textProperty(), now.rowsProperty());
            bind(seats.textProperty(), now.seatsPerRowProperty());
            bind(firstRow.textProperty(), now.firstRowProperty());
            curved.selectedProperty().bindBidirectional(now.curvedProperty());
            bind(tier.textProperty(), now.tierProperty());
            bind(rowTiers.textProperty(), now.rowTiersProperty());
            if (sectionList.getSelectionModel().getSelectedItem() != now) {
                sectionList.getSelectionModel().select(now);
            }
        }
    }

    private static void bind(StringProperty field, StringProperty value) {
        field.bindBidirectional(value);
    }

    @FXML
    private void newVenue() {
        venueList.getSelectionModel().clearSelection();
        vm.blank();
    }

    @FXML
    private void addSection() {
        vm.addSection();
    }

    @FXML
    private void removeSection() {
        vm.removeSection();
    }

    @FXML
    private void toggleBlocked() {
        editing.toggleBlocked();
    }

    @FXML
    private void toggleAccessible() {
        editing.toggleAccessible();
    }

    @FXML
    private void save() {
        vm.save();
    }
}
