package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.ui.Messages;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.MaskerPane;

/**
 * Every kiosk screen in one language: the top bar, the screen of the flow's step, and the two overlays
 * ("still there?", leaving kiosk mode). A new language builds a new one (every text re-rendered from its
 * bundle); the purchase's own screen is carried over.
 */
final class KioskView {
    private static final PseudoClass LARGE_TEXT = PseudoClass.getPseudoClass("large-text");

    private final KioskFlow flow;
    private final Supplier<Parent> purchase;
    private final StackPane root;
    private final StackPane screen = new StackPane();
    private final Parent attract;
    private final Parent waiting;
    private final Parent turn;
    private final Parent lapsed;
    private final MomentControllers.Turn turnController;
    private final MaskerPane joining = new MaskerPane();
    // kept here, registered weakly: a view replaced by another language must not stay attached to the flow
    private final ChangeListener<KioskFlow.Step> onStep = (o, a, b) -> show(b);
    private final ChangeListener<Boolean> onLargeText;

    KioskView(Messages m, KioskFlow flow, EventTiles tiles, KioskExit exit, String account, boolean animate,
              Supplier<Parent> purchase) {
        this.flow = flow;
        this.purchase = purchase;
        attract = TiketiApp.load("kiosk/Attract.fxml", m, new AttractController(m, tiles, flow, animate));
        waiting = TiketiApp.load("kiosk/WaitingRoom.fxml", m, new WaitingRoomController(m, flow, animate));
        turnController = new MomentControllers.Turn(flow, animate);
        turn = TiketiApp.load("kiosk/Turn.fxml", m, turnController);
        lapsed = TiketiApp.load("kiosk/Lapsed.fxml", m, new MomentControllers.Lapsed(flow));
        Parent stillThere = TiketiApp.load("kiosk/StillThere.fxml", m, new OverlayControllers.StillThere(m, flow));
        Parent leave = TiketiApp.load("kiosk/ExitDialog.fxml", m, new OverlayControllers.Exit(m, exit, account));
        joining.setText(m.text("kiosk.joining"));
        joining.setId("joining");
        joining.setVisible(false);
        BorderPane frame = new BorderPane(new StackPane(screen, joining));
        frame.setTop(new KioskBar(m, flow));
        root = new StackPane(frame, stillThere, leave);
        root.getStyleClass().add("kiosk");
        root.setId("kioskScreens");
        root.getStylesheets().add(TiketiApp.class.getResource("kiosk/kiosk.css").toExternalForm());
        onLargeText = (o, a, b) -> root.pseudoClassStateChanged(LARGE_TEXT, b);
        root.pseudoClassStateChanged(LARGE_TEXT, flow.largeTextProperty().get());
        flow.largeTextProperty().addListener(new WeakChangeListener<>(onLargeText));
        flow.stepProperty().addListener(new WeakChangeListener<>(onStep));
        show(flow.stepProperty().get());
    }

    Parent root() {
        return root;
    }

    private void show(KioskFlow.Step step) {
        joining.setVisible(step == KioskFlow.Step.JOINING);
        Node next = switch (step) {
            case ATTRACT, JOINING -> attract;
            case WAITING -> waiting;
            case TURN -> turn;
            case LAPSED -> lapsed;
            case PURCHASE -> purchase.get();
        };
        if (next == null) {
            next = attract;
        }
        if (screen.getChildren().size() != 1 || screen.getChildren().get(0) != next) {
            screen.getChildren().setAll(next);
        }
        if (step == KioskFlow.Step.TURN) {
            turnController.shown();
        }
    }
}
