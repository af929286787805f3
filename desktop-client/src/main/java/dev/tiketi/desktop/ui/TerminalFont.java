package dev.tiketi.desktop.ui;

import dev.tiketi.model.fonts.KoreanFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The terminal's fonts, bundled and loaded into JavaFX once so the stylesheet can name them: NanumSquare (regular
 * from shared-model, bold from here) for all text and NanumGothic Coding for text set in columns. A terminal with
 * no Korean font installed would otherwise draw Hangul as empty boxes, and JavaFX does not fall back from its
 * logical "Monospaced" to a loaded font.
 */
public final class TerminalFont {
    /** The family tiketi.css names for text. */
    public static final String FAMILY = "NanumSquare";
    /** Its bold face: JavaFX does not find it as {@link #FAMILY} in bold, so bold text names it (tiketi.css too). */
    public static final String BOLD = "NanumSquare Bold";
    /** The monospaced family tiketi.css names for the cash-up report and the key list. */
    public static final String MONOSPACED = "NanumGothicCoding";

    private static Font loaded;

    private TerminalFont() {
    }

    /** Loads the fonts (the first call; later calls return the same); call it before a scene is styled. */
    public static synchronized Font load() {
        if (loaded == null) {
            Font regular = Font.loadFont(new ByteArrayInputStream(KoreanFont.bytes()), 13);
            check(regular, FAMILY);
            check(load("fonts/NanumSquareB.ttf"), BOLD);
            check(load("fonts/NanumGothicCoding.ttf"), MONOSPACED);
            loaded = regular;
        }
        return loaded;
    }

    private static Font load(String resource) {
        try (InputStream in = TerminalFont.class.getResourceAsStream("/dev/tiketi/desktop/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the class path");
            }
            return Font.loadFont(in, 13);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Font font, String family) {
        if (font == null || !font.getFamily().equals(family)) {
            throw new IllegalStateException("a bundled font did not load as " + family + ": " + font);
        }
    }
}
