package dev.tiketi.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.DecodeHintType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void codesAreUniqueAndUseOnlyUnambiguousCharacters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String code = TicketCodes.next();
            assertThat(code).hasSize(26).matches("[A-HJ-NP-Z2-9]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(100_000);
    }

    /** Many codes, not one: a random code that a reader cannot take back would otherwise pass now and then. */
    @Test
    void theQrCodeOnTheTicketReadsBackAsItsCode() throws Exception {
        for (int i = 0; i < 500; i++) {
            String code = TicketCodes.next();
            assertThat(readBack(code)).as("code %s", code).isEqualTo(code);
        }
    }

    /** The printed QR drawn crisp, as the PDF draws it, read by ZXing as a door scanner reads a clean ticket. */
    private static String readBack(String code) throws Exception {
        BitMatrix matrix = TicketPdf.qr(code);
        int scale = 4;
        int quiet = 4 * scale;
        int size = matrix.getWidth() * scale + 2 * quiet;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < matrix.getHeight() * scale; y++) {
            for (int x = 0; x < matrix.getWidth() * scale; x++) {
                if (matrix.get(x / scale, y / scale)) {
                    pixels[(y + quiet) * size + x + quiet] = 0xFF000000;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
