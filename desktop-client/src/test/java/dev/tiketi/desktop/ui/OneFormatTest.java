package dev.tiketi.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Money and times are formatted in one place, {@link Messages}; no screen spells a currency or a date pattern itself. */
class OneFormatTest {
    private static final Path MAIN = Path.of("src/main/java");
    @Test
    void noCurrencyCodeLiteralInTheClient() throws IOException {
        assertThat(filesContaining("\"KRW\"")).isEmpty();
    }

    @Test
    void onlyMessagesFormatsDatesAndTimes() throws IOException {
        assertThat(filesContaining("DateTimeFormatter")).containsExactly("Messages.java");
        assertThat(filesContaining("SimpleDateFormat")).isEmpty();
    }

    private static List<String> filesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains(text))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
