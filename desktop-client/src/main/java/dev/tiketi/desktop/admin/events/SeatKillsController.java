package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.seatmap.SeatLegend;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.admin.SeatKillView;
import dev.tiketi.model.catalog.EventDetail;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Binds {@code SeatKills.fxml} to {@link SeatKillsViewModel}: the live map (click or drag chooses free seats), the
 * reason and note, the seats off sale (several can be chosen and freed at once). Seats the server refused get the
 * map's dashed ring (its "watched" mark), so they stand out where they are.
 */
final class SeatKillsController {
    private final SeatKillsViewModel vm;
    private final Messages m;
    @FXML
    private SeatMap seatMap;
    @FXML
    private SeatLegend legend;
    @FXML
    private Label chosen;
    @FXML
    private ComboBox<KillReason> reason;
    @FXML
    private TextField note;
    @FXML
    private Button killButton;
    @FXML
    private ListView<SeatKillView> kills;
    @FXML
    private Button freeButton;
    @FXML
    private Label message;

    SeatKillsController(SeatKillsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        seatMap.layoutProperty().bind(vm.live().layoutProperty());
        seatMap.localize(m);
        seatMap.fontFamilyProperty().set(TerminalFont.FAMILY);
        Bindings.bindContent(seatMap.getStates(), vm.live().seats());
        Bindings.bindContentBidirectional(seatMap.getSelection(), vm.selection());
        Bindings.bindContent(seatMap.getWatched(), vm.refused());
        legend.messagesProperty().set(m);
        vm.live().eventProperty().addListener((o, a, e) -> showTiers(e));

        chosen.textProperty().bind(Bindings.createStringBinding(() -> m.text("admin.kills.chosen", vm.selection().size()),
                vm.selection()));
        reason.getItems().setAll(KillReason.values());
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(KillReason r) {
                return r == null ? "" : m.text("admin.kills.reason." + r.name());
            }

            @Override
            public KillReason fromString(String s) {
                return null;
            }
        });
        note.textProperty().bindBidirectional(vm.noteProperty());
        killButton.disableProperty().bind(Bindings.isEmpty(vm.selection()).or(vm.busyProperty()));
        kills.setItems(vm.kills());
        kills.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        kills.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SeatKillView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        freeButton.disableProperty().bind(Bindings.isEmpty(kills.getSelectionModel().getSelectedItems()).or(vm.busyProperty()));
        message.textProperty().bind(vm.messageProperty());
    }

    private void showTiers(EventDetail e) {
        seatMap.getTiers().setAll(e == null ? java.util.List.of() : e.tiers());
        legend.getTiers().setAll(e == null ? java.util.List.of() : e.tiers());
        legend.currencyProperty().set(e == null ? null : e.currency());
    }

    @FXML
    private void kill() {
        vm.kill();
    }

    @FXML
    private void free() {
        vm.free(java.util.List.copyOf(kills.getSelectionModel().getSelectedItems()));
    }
}
