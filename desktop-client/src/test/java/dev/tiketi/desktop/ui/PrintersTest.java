package dev.tiketi.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved PDF never replaces an earlier one: a reprint or a receipt after a refund gets a name of its own. */
class PrintersTest {
    @TempDir
    Path folder;

    @Test
    void savingTheSameOrderAgainKeepsEveryEarlierFile() throws Exception {
        byte[] first = "%PDF-first".getBytes();
        byte[] second = "%PDF-second".getBytes();
        byte[] third = "%PDF-third".getBytes();
        assertThat(Printers.printOrSave("", first, "T0000001", folder, "T0000001.pdf")).isEqualTo("T0000001.pdf");
        assertThat(Printers.printOrSave("", second, "T0000001", folder, "T0000001.pdf")).isEqualTo("T0000001-2.pdf");
        assertThat(Printers.printOrSave("", third, "T0000001", folder, "T0000001.pdf")).isEqualTo("T0000001-3.pdf");
        assertThat(Files.readAllBytes(folder.resolve("T0000001.pdf"))).isEqualTo(first);
        assertThat(Files.readAllBytes(folder.resolve("T0000001-2.pdf"))).isEqualTo(second);
        assertThat(Files.readAllBytes(folder.resolve("T0000001-3.pdf"))).isEqualTo(third);
    }

    @Test
    void aNameWithoutAnExtensionGetsANumberAtTheEnd() throws Exception {
        Files.writeString(folder.resolve("report"), "x");
        assertThat(Printers.freeName(folder, "report").getFileName().toString()).isEqualTo("report-2");
    }
}
