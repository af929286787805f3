package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import java.text.NumberFormat;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/** Binds the waiting room (WaitingRoom.fxml) to the flow's {@link WaitingLine}; the bar glides to each new place. */
final class WaitingRoomController {
    private static final Duration GLIDE = Duration.millis(900);

    private final Messages m;
    private final KioskFlow flow;
    private final boolean animate;
    private final NumberFormat numbers;
    private Timeline glide;
    // registered weakly: the screens of a language the customer switched away from must not stay attached
    private final javafx.beans.value.ChangeListener<Number> onProgress = (o, a, b) -> glideTo(b.doubleValue());
    @FXML
    private Label eventName;
    @FXML
    private Label eventWhen;
    @FXML
    private Label place;
    @FXML
    private Label ahead;
    @FXML
    private Label total;
    @FXML
    private Label nextUp;
    @FXML
    private Label joinedAt;
    @FXML
    private Label eta;
    @FXML
    private Label offline;
    @FXML
    private ProgressBar progress;

    WaitingRoomController(Messages m, KioskFlow flow, boolean animate) {
        this.m = m;
        this.flow = flow;
        this.animate = animate;
        this.numbers = NumberFormat.getIntegerInstance(m.locale());
    }

    @FXML
    void initialize() {
        WaitingLine line = flow.line();
        eventName.textProperty().bind(Bindings.createStringBinding(
                () -> flow.eventProperty().get() == null ? "" : flow.eventProperty().get().name(), flow.eventProperty()));
        eventWhen.textProperty().bind(Bindings.createStringBinding(() -> {
            KioskEvent e = flow.eventProperty().get();
            return e == null ? "" : m.dateTime(e.startsAt()) + (e.venue() == null ? "" : "  ·  " + e.venue());
        }, flow.eventProperty()));
        place.setId("place");
        place.textProperty().bind(number(line.positionProperty()));
        ahead.setId("ahead");
        ahead.textProperty().bind(number(line.aheadProperty()));
        total.setId("total");
        total.textProperty().bind(number(line.totalProperty()));
        nextUp.setId("nextUp");
        nextUp.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> Long.valueOf(1).equals(line.positionProperty().get()), line.positionProperty()));
        nextUp.managedProperty().bind(nextUp.visibleProperty());
        joinedAt.textProperty().bind(Bindings.createStringBinding(() -> line.joinedAtProperty().get() == null ? ""
                : m.text("kiosk.waiting.joinedAt", numbers.format(line.joinedAtProperty().get())), line.joinedAtProperty()));
        eta.setId("eta");
        eta.textProperty().bind(Bindings.createStringBinding(() -> KioskTexts.eta(m, line.etaSecondsProperty().get()),
                line.etaSecondsProperty()));
        offline.setId("offlineNote");
        offline.visibleProperty().bind(line.liveProperty().not());
        offline.managedProperty().bind(offline.visibleProperty());
        place.accessibleTextProperty().bind(Bindings.createStringBinding(() -> line.positionProperty().get() == null ? ""
                : m.text("kiosk.waiting.placeAccessible", line.positionProperty().get(), line.aheadProperty().get()),
                line.positionProperty(), line.aheadProperty()));
        progress.setId("lineProgress");
        progress.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> m.text("kiosk.waiting.progress", progress.getProgress()), progress.progressProperty()));
        progress.setProgress(line.progressProperty().get());
        line.progressProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onProgress));
    }

    private void glideTo(double value) {
        if (glide != null) {
            glide.stop();
        }
        if (!animate || progress.getScene() == null) {
            progress.setProgress(value);
            return;
        }
        glide = new Timeline(new KeyFrame(GLIDE, new KeyValue(progress.progressProperty(), value, Interpolator.EASE_BOTH)));
        glide.play();
    }

    private ObservableValue<String> number(ObservableValue<Long> value) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? "–" : numbers.format(value.getValue()), value);
    }

    @FXML
    void leave() {
        flow.leave();
    }
}
