package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A {@link Stepper} for fingers: large − and + either side of the number, each with words for a screen reader. */
final class StepperView extends HBox {
    StepperView(Stepper stepper, String what, Messages m) {
        Button fewer = button("mdi2m-minus", m.text("kiosk.purchase.fewer", what));
        Button more = button("mdi2p-plus", m.text("kiosk.purchase.more", what));
        Label value = new Label();
        value.getStyleClass().add("kp-stepper-value");
        value.setAlignment(Pos.CENTER);
        value.textProperty().bind(stepper.valueProperty().asString());
        value.setAccessibleRole(AccessibleRole.TEXT);
        value.accessibleTextProperty().bind(Bindings.createStringBinding(() -> m.text("kiosk.purchase.stepperAccessible", what,
                stepper.value()), stepper.valueProperty()));
        fewer.disableProperty().bind(stepper.canDecrease().not());
        more.disableProperty().bind(stepper.canIncrease().not());
        fewer.setOnAction(e -> stepper.decrease());
        more.setOnAction(e -> stepper.increase());
        getChildren().addAll(fewer, value, more);
        getStyleClass().add("kp-stepper");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
    }

    private static Button button(String icon, String accessible) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("kp-stepper-icon");
        Button b = new Button(null, glyph);
        b.getStyleClass().add("kp-stepper-button");
        b.setAccessibleText(accessible);
        return b;
    }
}
