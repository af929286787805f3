package dev.tiketi.desktop.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;

/**
 * The printers this machine offers (javax.print, so CUPS on Linux) for the terminal's tickets and receipts.
 * The server renders them as PDF; a printer that takes PDF gets the document as it is.
 */
public final class Printers {
    private Printers() {
    }

    /** Names of the printers that accept PDF, in the system's order. */
    public static List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF, null)).map(PrintService::getName).toList();
    }

    public static Optional<PrintService> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF, null))
                .filter(p -> p.getName().equals(name)).findFirst();
    }

    /**
     * Prints on the named printer, or, when none is named (or it is gone), saves {@code fileName} in
     * {@code folder}; returns where it went (the printer's or the file's name). Blocking: call it off the FX thread.
     */
    public static String printOrSave(String printerName, byte[] pdf, String jobName, java.nio.file.Path folder, String fileName)
            throws PrintException, java.io.IOException {
        Optional<PrintService> target = named(printerName);
        if (target.isPresent()) {
            print(target.get(), pdf, jobName);
            return target.get().getName();
        }
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path file = freeName(folder, fileName);
        // CREATE_NEW: a reprint, or a receipt after a refund, never overwrites what was saved before
        java.nio.file.Files.write(file, pdf, java.nio.file.StandardOpenOption.CREATE_NEW);
        return file.getFileName().toString();
    }

    /** {@code name}, or {@code name-2}, {@code name-3}, … before its extension: the first not taken in {@code folder}. */
    static java.nio.file.Path freeName(java.nio.file.Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        java.nio.file.Path candidate = folder.resolve(name);
        for (int n = 2; java.nio.file.Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + ext);
        }
        return candidate;
    }

    public static void print(PrintService printer, byte[] pdf, String jobName) throws PrintException {
        DocPrintJob job = printer.createPrintJob();
        javax.print.attribute.HashPrintRequestAttributeSet attributes = new javax.print.attribute.HashPrintRequestAttributeSet();
        attributes.add(new javax.print.attribute.standard.JobName(jobName, null));
        job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null), attributes);
    }
}
