package dev.tiketi.desktop.ui;

import dev.tiketi.model.fonts.KoreanFont;
import java.io.ByteArrayInputStream;
import javafx.scene.text.Font;

/**
 * The terminal's font: the bundled NanumSquare (Hangul, Latin and digits), loaded into JavaFX once so the
 * stylesheet can name it. A terminal with no Korean font installed would otherwise draw Korean as empty boxes.
 */
public final class TerminalFont {
    /** The family name the font file declares; tiketi.css names the same. */
    public static final String FAMILY = "NanumSquare";

    private static Font loaded;

    private TerminalFont() {
    }

    /** Loads the font (the first call; later calls return the same); call it before a scene is styled. */
    public static synchronized Font load() {
        if (loaded == null) {
            loaded = Font.loadFont(new ByteArrayInputStream(KoreanFont.bytes()), 13);
            if (loaded == null || !loaded.getFamily().equals(FAMILY)) {
                throw new IllegalStateException("the bundled font did not load as " + FAMILY + ": " + loaded);
            }
        }
        return loaded;
    }
}
