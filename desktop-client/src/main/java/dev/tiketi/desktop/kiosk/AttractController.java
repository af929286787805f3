package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import javafx.animation.Animation;
import javafx.animation.ScaleTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.GridView;
import org.controlsfx.control.MaskerPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the attract screen (Attract.fxml) to the tiles and the flow; decides nothing itself. */
final class AttractController {
    /**
     * The narrowest a tile may be: four across a 1920 landscape screen, two on a 1080 portrait one (three and two
     * with large text); the tiles then widen to fill the row, so the screen has no ragged gap on the right.
     */
    private static final double TILE_WIDTH = 410;
    private static final double TILE_HEIGHT = 250;
    private static final double LARGE_TILE_WIDTH = 440;
    private static final double LARGE_TILE_HEIGHT = 320;
    /** Room kept for the grid's scroll bar (half of it is the grid's left padding in kiosk.css, so rows sit centred). */
    private static final double SCROLL_BAR = 24;
    private static final double SPACING = 10;

    private final Messages m;
    private final EventTiles model;
    private final KioskFlow flow;
    private final boolean animate;
    @FXML
    private GridView<EventTiles.Tile> tiles;
    @FXML
    private Label notice;
    @FXML
    private Label empty;
    @FXML
    private MaskerPane loading;
    @FXML
    private FontIcon hand;

    AttractController(Messages m, EventTiles model, KioskFlow flow, boolean animate) {
        this.m = m;
        this.model = model;
        this.flow = flow;
        this.animate = animate;
    }

    /** As many tiles across as fit at their narrowest, then widened to share the row. */
    private void fit() {
        double narrowest = flow.largeTextProperty().get() ? LARGE_TILE_WIDTH : TILE_WIDTH;
        double usable = tiles.getWidth() - SCROLL_BAR;
        if (usable <= 0) {
            tiles.setCellWidth(narrowest);
            return;
        }
        int columns = Math.max(1, (int) (usable / (narrowest + 2 * SPACING)));
        tiles.setCellWidth(Math.max(Math.min(narrowest, usable - 2 * SPACING), Math.floor(usable / columns - 2 * SPACING) - 1));
    }

    @FXML
    void initialize() {
        tiles.setItems(model.tiles());
        tiles.setCellFactory(g -> new TileCell(m, t -> flow.choose(KioskEvent.of(t.event()))));
        tiles.cellHeightProperty().bind(Bindings.when(flow.largeTextProperty()).then(LARGE_TILE_HEIGHT).otherwise(TILE_HEIGHT));
        tiles.setHorizontalCellSpacing(SPACING);
        tiles.setVerticalCellSpacing(SPACING);
        tiles.widthProperty().addListener(o -> fit());
        tiles.cellHeightProperty().addListener(o -> fit()); // follows large text
        fit();
        notice.setId("attractNotice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> {
            if (flow.problemProperty().get() != null) {
                return m.problem(flow.problemProperty().get());
            }
            return model.problemProperty().get() != null ? m.text("kiosk.attract.unreachable") : "";
        }, flow.problemProperty(), model.problemProperty()));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.tiles())));
        loading.visibleProperty().bind(model.loadedProperty().not().and(model.problemProperty().isNull()));
        if (animate) {
            ScaleTransition pulse = new ScaleTransition(Duration.millis(900), hand);
            pulse.setFromX(1);
            pulse.setFromY(1);
            pulse.setToX(1.18);
            pulse.setToY(1.18);
            pulse.setAutoReverse(true);
            pulse.setCycleCount(Animation.INDEFINITE);
            pulse.play();
        }
    }
}
