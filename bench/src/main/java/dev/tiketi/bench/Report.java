package dev.tiketi.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/** docs/BENCHMARKS.md (a table, the ceilings beside it) and raw HdrHistogram logs under docs/bench/. */
final class Report {
    private final Path markdown;
    private final Path raw;
    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Report(Path markdown, Path raw) throws IOException {
        this.markdown = markdown;
        this.raw = raw;
        Files.createDirectories(raw);
    }

    void histogram(String name, Histogram h) throws IOException {
        try (PrintStream out = new PrintStream(new FileOutputStream(raw.resolve(name + ".hlog").toFile()))) {
            HistogramLogWriter w = new HistogramLogWriter(out);
            w.outputLogFormatVersion();
            w.outputLegend();
            w.outputIntervalHistogram(h);
        }
    }

    void write(String header) throws IOException {
        StringBuilder s = new StringBuilder(header);
        s.append("\nPer operation, from the server's own meters before and after each run: its process CPU, PostgreSQL connections "
                + "borrowed from its pool (Hikari) and Redis commands it sent (Lettuce); the server's background passes during the run "
                + "count too.\n");
        s.append("\n| scenario | measure | result | server CPU / op | PostgreSQL connections / op | Redis commands / op "
                + "| against the ceiling | target / floor | verdict |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            Meters.Cost c = r.cost();
            s.append("| ").append(r.scenario()).append(" | ").append(r.measure()).append(" | ").append(r.value()).append(" | ")
                    .append(c == null ? "" : c.cpu()).append(" | ").append(c == null ? "" : c.conns()).append(" | ")
                    .append(c == null ? "" : c.redis()).append(" | ")
                    .append(r.ceilingRatio()).append(" | ").append(r.target()).append(" | ").append(r.verdict()).append(" |\n");
        }
        notes.forEach(n -> s.append('\n').append(n).append('\n'));
        Files.writeString(markdown, s.toString());
    }

    static String num(double v) {
        return String.format("%,.0f/s", v);
    }

    static String pct(double ratio) {
        return String.format("%.1f%%", ratio * 100);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "—" : String.format("%.1f ms", v);
    }

    static String verdict(double value, double target, double floor) {
        return value >= target ? "target met" : value >= floor ? "floor met" : "**missed**";
    }

    static String verdictBelow(double value, double target, double floor) {
        return Double.isNaN(value) ? "**no data**" : value <= target ? "target met" : value <= floor ? "floor met" : "**missed**";
    }
}
