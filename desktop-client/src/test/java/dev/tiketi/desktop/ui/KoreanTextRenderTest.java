package dev.tiketi.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.TiketiApp;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Korean on a terminal with no Korean font installed (this machine kind has only DejaVu): the app's stylesheet
 * must draw Hangul with the bundled font, not as missing-glyph boxes. Two different characters drawn as boxes
 * are identical images; drawn as letters they differ.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanTextRenderTest {
    private VBox root;
    private Label event;
    private Label ga;
    private Label na;
    private Label boxA;
    private Label boxB;
    private Label report;
    private Label title;

    @Start
    void start(Stage stage) {
        event = new Label("신년 음악회 일반석 ₩300,000");
        ga = big(new Label("가"), "");
        na = big(new Label("나"), "");
        // two private-use characters no font has: the missing-glyph box twice, what Hangul looked like before
        boxA = big(new Label("\uE000"), "-fx-font-family: \"DejaVu Sans\";");
        boxB = big(new Label("\uE001"), "-fx-font-family: \"DejaVu Sans\";");
        title = new Label("Swan Lake 신년 음악회");
        title.getStyleClass().add("event-title"); // bold in tiketi.css
        report = new Label("정산 1 — 김민준, counter-1");
        report.getStyleClass().add("report"); // the cash-up report once used "Monospaced", which drew Hangul as boxes
        root = new VBox(8, title, event, ga, na, boxA, boxB, report);
        root.setStyle("-fx-padding: 12; -fx-background-color: white;");
        Scene scene = new Scene(root, 360, 400);
        TiketiApp.stylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hangulIsDrawnInTheBundledFontAndNotAsEmptyBoxes() throws Exception {
        assertThat(Font.getFamilies()).contains(TerminalFont.FAMILY);
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(event.getFont().getFamily(), ga.getFont().getFamily())).get())
                .containsOnly(TerminalFont.FAMILY);
        assertThat(WaitForAsyncUtils.asyncFx(() -> report.getFont().getFamily()).get()).isEqualTo(TerminalFont.MONOSPACED);
        assertThat(WaitForAsyncUtils.asyncFx(() -> title.getFont().getName()).get()).as("bold stays bold").isEqualTo(TerminalFont.BOLD);

        assertThat(Screenshots.pixels(boxA)).as("missing glyphs are identical boxes").isEqualTo(Screenshots.pixels(boxB));
        assertThat(Screenshots.pixels(ga)).as("가 and 나 in the app's font").isNotEqualTo(Screenshots.pixels(na));
        Screenshots.save(root, "korean-font.png");
    }

    private static Label big(Label label, String family) {
        label.setStyle(family + "-fx-font-size: 40px;"); // without a family here, it comes from tiketi.css
        return label;
    }
}
