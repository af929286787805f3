package dev.tiketi.model.fonts;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@link KoreanFont} for OpenPDF, for every PDF Tiketi writes (the server's tickets, the terminal's reports):
 * embedded (only the glyphs used) with Identity-H so any Unicode text prints, and a ToUnicode map so the text
 * can be found and copied. The file is parsed once, on first use (holder idiom: the JVM makes that safe across
 * threads); after that the BaseFont is only read, and each document keeps its own record of glyphs used, so
 * concurrent documents share it. OpenPDF is an optional dependency of this module: only a module that writes
 * PDFs (and so declares OpenPDF itself) touches this class.
 */
public final class KoreanPdfFont {
    private KoreanPdfFont() {
    }

    private static final class Holder {
        static final BaseFont KOREAN = load();

        private static BaseFont load() {
            try {
                return BaseFont.createFont(KoreanFont.FILE_NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, KoreanFont.bytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static BaseFont base() {
        return Holder.KOREAN;
    }

    /** The font at this size; bold is drawn by OpenPDF (stroked outlines) since only the regular weight ships. */
    public static Font of(float size, boolean bold) {
        return new Font(Holder.KOREAN, size, bold ? Font.BOLD : Font.NORMAL);
    }
}
