package dev.tiketi.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders a node to a PNG under {@code target/screenshots} ({@code docs/screenshots} with {@code ./tiketi screenshots}),
 * headless, from a node snapshot, and checks it is not blank.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** The node's pixels as ARGB, row by row. */
    public static int[] pixels(Node node) {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(node.snapshot(null, null)));
        WritableImage image = shot.join();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    public static Path save(Node node, String name) {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(node.snapshot(null, null)));
        WritableImage image = shot.join();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = pixels.getArgb(x, y);
                out.setRGB(x, y, argb);
                if (colours.size() < 100) {
                    colours.add(argb);
                }
            }
        }
        assertThat(colours).as("a rendered screen, not a blank one").hasSizeGreaterThan(20);
        Path dir = Path.of(System.getProperty("tiketi.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
