package dev.tiketi.desktop.counter;

import atlantafx.base.controls.CustomTextField;
import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventSummary;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search field and event list bound to the {@link EventPicker}: F2, type, Enter opens the first match. */
final class EventList {
    private EventList() {
    }

    /** {@code map}: where the keyboard goes once an event is opened; {@code reload}: searches again. */
    static void wire(CustomTextField search, ListView<EventSummary> list, Node map, EventPicker picker, Runnable reload, Messages m) {
        search.textProperty().bindBidirectional(picker.textProperty());
        search.setLeft(new FontIcon("mdi2m-magnify"));
        list.setItems(picker.events());
        list.setCellFactory(v -> new EventCell(list, m));
        // the list's selection and the chosen event follow each other; replacing the list's items clears the
        // selection for a moment, which is not the clerk choosing nothing, so null never flows back
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                picker.chosenProperty().set(b);
            }
        });
        picker.chosenProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                map.requestFocus();
            }
        });
        search.setOnAction(e -> reload.run());
        picker.events().addListener((ListChangeListener<EventSummary>) c -> {
            EventSummary chosen = picker.chosenProperty().get();
            if (search.isFocused() && !picker.events().isEmpty() && !picker.textProperty().get().isBlank()) {
                list.getSelectionModel().select(0);
            } else if (chosen != null) {
                // a reloaded list still shows the clerk's event as chosen
                picker.events().stream().filter(e -> e.id() == chosen.id()).findFirst().ifPresent(list.getSelectionModel()::select);
            }
        });
    }
}
