package dev.tiketi.server.orders;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.tiketi.model.fonts.KoreanPdfFont;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Printable tickets (one A6 page each, with the ticket code as a QR code) followed by a receipt page.
 * The QR code is drawn as vector squares, so it prints sharp on any printer. Only valid tickets print.
 * All text is set in the bundled Korean font ({@link KoreanPdfFont}, shared with the terminal's report PDFs), so names print in any script; show
 * times are in the venue's zone and name it, since a ticket bought online may be read far from the venue.
 */
final class TicketPdf {
    static final int QR_SIZE = 29;
    private static final float PAGE_MARGIN = 24;
    // "2027-01-01 19:30 +09:00 (Asia/Seoul)": the offset and the region id are exact; an abbreviation ("KST")
    // comes from the JDK's locale data, which named the same zone "CEST" in one run and "GMT+02:00" in another
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'", Locale.ENGLISH);

    private TicketPdf() {
    }

    static byte[] render(OrderView order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A6, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Tickets " + order.orderNo());
        doc.addCreator("Tiketi Box Office");
        doc.open();
        Font title = KoreanPdfFont.of(13, true);
        Font big = KoreanPdfFont.of(18, true);
        Font body = KoreanPdfFont.of(9, false);
        Font small = KoreanPdfFont.of(7, false);
        NumberFormat money = NumberFormat.getIntegerInstance(Locale.ROOT);
        boolean first = true;
        for (TicketView t : order.tickets()) {
            if (t.state() != TicketState.VALID) {
                continue;
            }
            if (!first) {
                doc.newPage();
            }
            first = false;
            doc.add(new Paragraph(t.eventName(), title));
            if (t.venueName() != null) {
                doc.add(new Paragraph(t.venueName(), body));
            }
            doc.add(new Paragraph(when(t.eventStartsAt(), t.timeZone()), body));
            doc.add(new Paragraph(t.seatLabel() != null ? "Seat " + t.seatLabel() : "General admission", big));
            doc.add(new Paragraph(t.tierName() + "  " + money.format(t.price()) + " " + order.currency(), body));
            doc.add(new Paragraph("Order " + order.orderNo(), body));
            drawQr(writer.getDirectContent(), t.code(), doc.left(), doc.bottom() + 22, 130);
            doc.add(new Paragraph(t.code(), small));
        }
        if (!first) {
            doc.newPage();
        }
        doc.add(new Paragraph("Receipt " + order.orderNo(), title));
        doc.add(new Paragraph(when(order.createdAt(), order.timeZone()) + "  " + order.channel(), body));
        if (order.customerName() != null) {
            doc.add(new Paragraph(order.customerName(), body));
        }
        doc.add(new Paragraph(order.eventName(), body));
        if (order.venueName() != null) {
            doc.add(new Paragraph(order.venueName(), body));
        }
        doc.add(new Paragraph(" ", body));
        for (TicketView t : order.tickets()) {
            String what = t.seatLabel() != null ? t.seatLabel() : t.tierName();
            doc.add(new Paragraph(what + "  " + t.tierCode() + "  " + money.format(t.price())
                    + (t.state() == TicketState.VALID ? "" : "  (" + t.state().name().toLowerCase() + ")"), body));
        }
        doc.add(new Paragraph(" ", body));
        for (PaymentView p : order.payments()) {
            StringBuilder line = new StringBuilder(p.refund() ? "Refund " : "Paid ").append(p.tender().name().toLowerCase())
                    .append("  ").append(money.format(p.amount()));
            if (p.tendered() != null) {
                line.append("  tendered ").append(money.format(p.tendered())).append("  change ").append(money.format(p.change()));
            }
            if (p.cardLast4() != null) {
                line.append("  card ****").append(p.cardLast4());
            }
            doc.add(new Paragraph(line.toString(), body));
        }
        doc.add(new Paragraph("Total " + money.format(order.total()) + " " + order.currency(), title));
        doc.close();
        return out.toByteArray();
    }

    /** The moment in the zone, named: "2027-01-01 19:30 +09:00 (Asia/Seoul)". */
    static String when(Instant at, String zone) {
        return WHEN.format(at.atZone(ZoneId.of(zone)));
    }

    /** The QR matrix of a ticket code (error correction M, no quiet zone: the page margin is one). */
    static BitMatrix qr(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("a ticket code always fits a QR code", e);
        }
    }

    private static void drawQr(PdfContentByte canvas, String code, float x, float y, float size) {
        BitMatrix m = qr(code);
        float cell = size / m.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    canvas.rectangle(x + col * cell, y + (m.getHeight() - 1 - row) * cell, cell, cell);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
