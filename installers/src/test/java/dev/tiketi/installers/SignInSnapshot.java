package dev.tiketi.installers;

import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Launcher;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Runs inside the packaged terminal's own runtime (see {@link PackagedTerminalTest}): starts the terminal
 * through its real main class, as the launcher does, waits for its first window, writes that window to the
 * PNG named by the first argument and exits (a window that never comes fails it after a minute). On stdout it also says how the runtime formats won, which needs
 * the Korean locale data that jlink must have kept.
 */
public final class SignInSnapshot {
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private SignInSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        System.out.println("money: " + NumberFormat.getCurrencyInstance(Locale.KOREA).format(300_000));
        Thread terminal = new Thread(() -> Launcher.main(new String[0]), "terminal");
        terminal.setDaemon(true);
        terminal.start();
        WritableImage shot = await().atMost(START_LIMIT).pollInterval(Duration.ofMillis(100))
                .until(SignInSnapshot::firstWindow, Optional::isPresent).orElseThrow();
        ImageIO.write(toBuffered(shot), "png", png.toFile());
        System.out.println("wrote " + png);
        Platform.exit();
        System.exit(0);
    }

    /** A snapshot of the first showing window's scene, once the toolkit is up and the window is shown. */
    private static Optional<WritableImage> firstWindow() throws Exception {
        CompletableFuture<Optional<WritableImage>> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> result.complete(Window.getWindows().stream()
                    .filter(Window::isShowing).filter(w -> w.getScene() != null).findFirst()
                    .map(w -> w.getScene().snapshot(null))));
        } catch (IllegalStateException toolkitNotStartedYet) {
            return Optional.empty();
        }
        return result.get(30, TimeUnit.SECONDS);
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
