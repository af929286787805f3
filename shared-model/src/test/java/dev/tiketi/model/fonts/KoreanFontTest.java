package dev.tiketi.model.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KoreanFontTest {
    @Test
    void theFontAndItsLicenceShipOnTheClassPath() {
        byte[] font = KoreanFont.bytes();
        // a TrueType file starts with the sfnt version 0x00010000
        assertArrayEquals(new byte[] {0, 1, 0, 0}, Arrays.copyOf(font, 4));
        assertTrue(font.length > 500_000, "the whole font, not a stub: " + font.length);
        assertNotNull(KoreanFont.class.getResource("/dev/tiketi/fonts/OFL.txt"), "the OFL must travel with the font");
    }
}
