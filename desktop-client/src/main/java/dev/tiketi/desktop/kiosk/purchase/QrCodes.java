package dev.tiketi.desktop.kiosk.purchase;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A ticket's code as a QR image for the screen, the same symbol the printed ticket carries (error correction M),
 * with the standard quiet zone of 4 modules so a door scanner reads it off the kiosk's glass.
 */
final class QrCodes {
    /** The quiet zone the QR standard asks for, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    static BitMatrix matrix(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalStateException("a ticket code always fits a QR code", e);
        }
    }

    /** About {@code pixels} across, each module a whole number of pixels (blurred edges scan badly). */
    static Image image(String code, int pixels) {
        BitMatrix matrix = matrix(code);
        int modules = matrix.getWidth();
        int scale = Math.max(1, pixels / modules);
        WritableImage image = new WritableImage(modules * scale, modules * scale);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                out.setColor(x, y, matrix.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
