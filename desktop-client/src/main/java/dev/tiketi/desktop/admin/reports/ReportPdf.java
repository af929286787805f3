package dev.tiketi.desktop.admin.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.tiketi.model.fonts.KoreanPdfFont;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report on landscape A4, exactly as the screen shows it (same cells, same words), in the bundled Korean font
 * so event and customer names print on a machine without one. Runs off the FX thread: it reads only the
 * immutable {@link ReportTable}.
 */
public final class ReportPdf {
    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF0);

    private ReportPdf() {
    }

    public static void write(ReportTable table, String footer, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(table, footer, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ReportTable table, String footer, OutputStream out) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.addTitle(table.title());
        Font title = KoreanPdfFont.of(15, true);
        Font partTitle = KoreanPdfFont.of(11, true);
        Font body = KoreanPdfFont.of(8, false);
        Font bold = KoreanPdfFont.of(8, true);
        doc.add(new Paragraph(table.title(), title));
        for (String note : table.notes()) {
            doc.add(new Paragraph(note, body));
        }
        for (ReportTable.Part part : table.parts()) {
            if (table.parts().size() > 1) {
                Paragraph p = new Paragraph(part.title(), partTitle);
                p.setSpacingBefore(10);
                doc.add(p);
            }
            doc.add(table(part, body, bold));
        }
        Paragraph end = new Paragraph(footer, body);
        end.setSpacingBefore(8);
        doc.add(end);
        doc.close();
    }

    private static PdfPTable table(ReportTable.Part part, Font body, Font bold) {
        PdfPTable t = new PdfPTable(part.columns().size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (ReportTable.Column c : part.columns()) {
            PdfPCell cell = cell(c.heading(), bold, c.numeric());
            cell.setBackgroundColor(HEADER);
            t.addCell(cell);
        }
        for (List<String> row : part.rows()) {
            for (int i = 0; i < row.size(); i++) {
                t.addCell(cell(row.get(i), body, part.columns().get(i).numeric()));
            }
        }
        if (!part.totals().isEmpty()) {
            for (int i = 0; i < part.totals().size(); i++) {
                PdfPCell cell = cell(part.totals().get(i), bold, part.columns().get(i).numeric());
                cell.setBorderWidthTop(1.2f);
                t.addCell(cell);
            }
        }
        return t;
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }
}
