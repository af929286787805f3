package dev.tiketi.server.orders;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.tiketi.model.fonts.KoreanFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the server prints: the bundled Korean font, embedded (only the glyphs used) with
 * Identity-H so any Unicode text prints, and a ToUnicode map so the text can be found and copied. The font
 * file is parsed once, on first use (holder idiom: the JVM makes that safe across threads); after that the
 * BaseFont is only read, and each document keeps its own record of glyphs used, so concurrent prints share it.
 */
final class TicketFonts {
    private TicketFonts() {
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

    static BaseFont base() {
        return Holder.KOREAN;
    }

    /** The font at this size; bold is drawn by OpenPDF (stroked outlines) since only the regular weight ships. */
    static Font of(float size, boolean bold) {
        return new Font(Holder.KOREAN, size, bold ? Font.BOLD : Font.NORMAL);
    }
}
