package dev.tiketi.desktop.admin.live;

import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventSummary;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** The admin's live screens pick their event the same way: a drop-down of the events on sale or coming up. */
public final class EventChoice {
    private EventChoice() {
    }

    /** Fills {@code box} from {@code picker} and keeps the choice and the picker's chosen event the same, both ways. */
    public static void bind(ComboBox<EventSummary> box, EventPicker picker, Messages m) {
        box.setItems(picker.events());
        box.valueProperty().bindBidirectional(picker.chosenProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventSummary e) {
                return e == null ? "" : e.name() + " · " + m.dateTime(e.startsAt());
            }

            @Override
            public EventSummary fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EventSummary e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : box.getConverter().toString(e));
            }
        });
        box.setPromptText(m.text("admin.live.pickEvent"));
    }
}
