package dev.tiketi.desktop.kiosk;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/** The two short screens between the line and the purchase: "it's your turn" (Turn.fxml) and "your turn has passed" (Lapsed.fxml). */
final class MomentControllers {
    private MomentControllers() {
    }

    static final class Turn {
        private final KioskFlow flow;
        private final boolean animate;
        @FXML
        private Label eventName;
        @FXML
        private ProgressBar going;

        Turn(KioskFlow flow, boolean animate) {
            this.flow = flow;
            this.animate = animate;
        }

        @FXML
        void initialize() {
            eventName.textProperty().bind(Bindings.createStringBinding(
                    () -> flow.eventProperty().get() == null ? "" : flow.eventProperty().get().name(), flow.eventProperty()));
            going.setFocusTraversable(false);
        }

        /** The moment begins: the bar fills over the moment, so the customer sees the kiosk is about to move on. */
        void shown() {
            if (!animate) {
                going.setProgress(1);
                return;
            }
            going.setProgress(0);
            new Timeline(new KeyFrame(Duration.millis(flow.timing().turnMoment().toMillis()),
                    new KeyValue(going.progressProperty(), 1))).play();
        }
    }

    static final class Lapsed {
        private final KioskFlow flow;

        Lapsed(KioskFlow flow) {
            this.flow = flow;
        }

        @FXML
        void again() {
            flow.queueAgain();
        }

        @FXML
        void start() {
            flow.leave();
        }
    }
}
