package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

/**
 * One event on the attract screen: name, date and time, venue, the lowest price, and a badge when few are
 * left, it is sold out or its sale has not opened. The whole tile is one button (one large target), read
 * aloud as one sentence; a tile that cannot be bought from (sold out, not yet on sale) does nothing.
 */
final class TileCell extends GridCell<EventTiles.Tile> {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private final Messages m;
    private final Consumer<EventTiles.Tile> chosen;
    private final Label name = new Label();
    private final Label when = new Label();
    private final Label venue = new Label();
    private final Label price = new Label();
    private final Label badge = new Label();
    private final Button tile;

    TileCell(Messages m, Consumer<EventTiles.Tile> chosen) {
        this.m = m;
        this.chosen = chosen;
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMaxHeight(Region.USE_PREF_SIZE);
        when.getStyleClass().add("tile-when");
        venue.getStyleClass().add("tile-venue");
        price.getStyleClass().add("tile-price");
        badge.getStyleClass().add("badge");
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox content = new VBox(6, name, when, venue, grow, price, badge);
        content.setAlignment(Pos.TOP_LEFT);
        content.setFillWidth(true);
        tile = new Button();
        tile.getStyleClass().setAll("tile");
        tile.setGraphic(content);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.prefWidthProperty().bind(widthProperty());
        tile.prefHeightProperty().bind(heightProperty());
        content.prefWidthProperty().bind(widthProperty().subtract(40));
        tile.setOnAction(e -> {
            EventTiles.Tile t = getItem();
            if (t != null && t.open()) {
                chosen.accept(t);
            }
        });
        setText(null);
    }

    @Override
    protected void updateItem(EventTiles.Tile item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.event().name());
        when.setText(m.dateTime(item.event().startsAt()));
        venue.setText(item.event().venueName() == null ? "" : item.event().venueName());
        price.setText(KioskTexts.price(m, item.event()));
        badge.getStyleClass().removeAll("few-left", "sold-out", "opens", "available");
        badge.getStyleClass().add(switch (item.event().status()) {
            case UPCOMING -> "opens";
            default -> switch (item.scarcity()) {
                case SOLD_OUT -> "sold-out";
                case FEW_LEFT -> "few-left";
                case PLENTY -> "available";
            };
        });
        badge.setText(KioskTexts.availability(m, item));
        tile.pseudoClassStateChanged(CLOSED, !item.open());
        tile.setFocusTraversable(item.open());
        tile.setAccessibleText(KioskTexts.tile(m, item));
        tile.setId("tile-" + item.event().id());
        setGraphic(tile);
    }
}
