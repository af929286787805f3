package dev.tiketi.model.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Korean-capable font bundled with Tiketi (NanumSquare Regular, SIL OFL 1.1; licence beside it in
 * dev/tiketi/fonts/OFL.txt). Bundled because a stock server or terminal has no CJK font: without it OpenPDF's
 * Helvetica silently drops Hangul and JavaFX draws empty boxes. It covers Hangul syllables, Latin and digits.
 */
public final class KoreanFont {
    /** Class-path resource of the TrueType file. */
    public static final String RESOURCE = "/dev/tiketi/fonts/NanumSquareR.ttf";
    /** The file name; OpenPDF needs the ".ttf" ending to read the bytes as TrueType. */
    public static final String FILE_NAME = "NanumSquareR.ttf";

    private KoreanFont() {
    }

    /** The font file's bytes, read from the class path (about 0.7 MB: read once and keep what you build from it). */
    public static byte[] bytes() {
        try (InputStream in = KoreanFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
