package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One event in the counter's list: its name (wrapped, never cut), date and venue, and its status. */
final class EventCell extends ListCell<EventSummary> {
    private final Messages m;
    private final Label name = line("event-name");
    private final Label when = line("muted");
    private final Label status = line("event-status");
    private final VBox box = new VBox(1, name, when, status);

    EventCell(ListView<EventSummary> list, Messages m) {
        this.m = m;
        setPrefWidth(0); // as wide as the list (it widens with the window), never scrolling sideways
        box.maxWidthProperty().bind(list.widthProperty().subtract(28));
    }

    private static Label line(String style) {
        Label l = new Label();
        l.setWrapText(true); // a long name wraps instead of being cut
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    @Override
    protected void updateItem(EventSummary e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            return;
        }
        name.setText(e.name());
        when.setText(m.dateTime(e.startsAt()) + (e.venueName() == null ? "" : " · " + e.venueName()));
        status.setText(m.text("status." + e.status()));
        Widgets.pseudo(status, "on-sale", e.status() == EventStatus.ON_SALE);
        setGraphic(box);
    }
}
