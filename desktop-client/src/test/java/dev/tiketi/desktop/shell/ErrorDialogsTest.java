package dev.tiketi.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Messages;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An unexpected failure reads as one sentence; what support needs is there, folded away. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theSentenceShowsAndTheDetailsAreFolded(FxRobot robot) throws Exception {
        Alert[] shown = new Alert[1];
        robot.interact(() -> shown[0] = ErrorDialogs.show(new Messages(Locale.KOREAN), stage,
                new java.io.IOException("printer on fire")));
        Alert alert = shown[0];
        String sentence = org.testfx.util.WaitForAsyncUtils.asyncFx(alert::getContentText).get();
        assertThat(sentence).isEqualTo(new Messages(Locale.KOREAN).text("problem.unexpected")).doesNotContain("printer on fire");
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> alert.getDialogPane().isExpanded()).get()).isFalse();
        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent();
        assertThat(details.getText()).contains("java.io.IOException: printer on fire");
        robot.interact(alert::close);
    }
}
