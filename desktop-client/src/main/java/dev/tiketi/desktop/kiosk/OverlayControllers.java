package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.error.ErrorCode;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.MaskerPane;

/** The two overlays: "are you still there?" (StillThere.fxml) and leaving kiosk mode (ExitDialog.fxml). */
final class OverlayControllers {
    private OverlayControllers() {
    }

    static final class StillThere {
        private final Messages m;
        private final KioskFlow flow;
        @FXML
        private StackPane overlay;
        @FXML
        private javafx.scene.shape.Arc ring;
        @FXML
        private Label seconds;
        @FXML
        private Label text;

        StillThere(Messages m, KioskFlow flow) {
            this.m = m;
            this.flow = flow;
        }

        @FXML
        void initialize() {
            overlay.setId("stillThere");
            overlay.visibleProperty().bind(flow.stillThereProperty());
            IdleTimer idle = flow.idleTimer();
            double answer = Math.max(1, idle.answerWithin().toSeconds());
            ring.lengthProperty().bind(idle.secondsLeftProperty().divide(answer).multiply(-360));
            seconds.setId("stillThereSeconds");
            seconds.textProperty().bind(idle.secondsLeftProperty().asString());
            text.textProperty().bind(Bindings.createStringBinding(() -> m.text("kiosk.still.text", idle.secondsLeftProperty().get()),
                    idle.secondsLeftProperty()));
            seconds.accessibleTextProperty().bind(text.textProperty());
        }

        @FXML
        void here() {
            flow.touched();
        }
    }

    static final class Exit {
        private final Messages m;
        private final KioskExit exit;
        private final String account;
        @FXML
        private StackPane overlay;
        @FXML
        private Label text;
        @FXML
        private PasswordField password;
        @FXML
        private Label problem;
        @FXML
        private MaskerPane busy;
        // registered weakly, as every listener of a kiosk screen: a language change replaces the screen
        private final javafx.beans.value.ChangeListener<Boolean> onOpen = (o, a, open) -> {
            if (open) {
                Platform.runLater(() -> password.requestFocus());
            }
        };

        Exit(Messages m, KioskExit exit, String account) {
            this.m = m;
            this.exit = exit;
            this.account = account;
        }

        @FXML
        void initialize() {
            overlay.setId("kioskExit");
            overlay.visibleProperty().bind(exit.openProperty());
            text.setText(m.text("kiosk.exit.text", account));
            password.setId("kioskExitPassword");
            password.textProperty().bindBidirectional(exit.passwordProperty());
            problem.setId("kioskExitProblem");
            problem.textProperty().bind(Bindings.createStringBinding(() -> {
                Throwable e = exit.problemProperty().get();
                if (e == null) {
                    return "";
                }
                return e instanceof dev.tiketi.desktop.api.ApiException a && a.is(ErrorCode.BAD_CREDENTIALS)
                        ? m.text("kiosk.exit.wrong") : m.problem(e);
            }, exit.problemProperty()));
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            busy.visibleProperty().bind(exit.busyProperty());
            busy.setText("");
            exit.openProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onOpen));
        }

        @FXML
        void cancel() {
            exit.cancel();
        }

        @FXML
        void leave() {
            exit.submit();
        }
    }
}
