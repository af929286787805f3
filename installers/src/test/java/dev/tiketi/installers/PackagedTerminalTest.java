package dev.tiketi.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The app image that the build just made with jpackage (installers/target/tiketi-terminal), run as shipped:
 * its native launchers, its trimmed runtime, and the terminal rendering its sign-in screen with that runtime.
 * The render runs the image's own bin/java headless with Monocle added to the class path for this test only,
 * so the product carries no test toolkit and needs no display here.
 */
class PackagedTerminalTest {
    private static final Path IMAGE = Path.of(System.getenv("TIKETI_TERMINAL_IMAGE"));
    private static final Path WORK = Path.of("target", "packaged-terminal");

    @Test
    void launchersAnswerHelpWithoutADisplay() throws Exception {
        for (String launcher : List.of("tiketi-terminal", "tiketi-kiosk")) {
            Run run = run(List.of(IMAGE.resolve("bin").resolve(launcher).toString(), "--help"), 30);
            assertThat(run.exit()).as(launcher + ": " + run.output()).isZero();
            assertThat(run.output()).contains("--server=URL", "--terminal=NAME");
        }
    }

    @Test
    void kioskLauncherStartsWithItsOwnArguments() throws IOException {
        List<String> cfg = Files.readAllLines(IMAGE.resolve("lib/app/tiketi-kiosk.cfg"));
        assertThat(cfg).contains("arguments=--user=kiosk");
        assertThat(Files.readAllLines(IMAGE.resolve("lib/app/tiketi-terminal.cfg"))).noneMatch(l -> l.startsWith("arguments="));
    }

    @Test
    void runtimeIsTrimmedButKeepsWhatJdepsCannotSee() throws Exception {
        Run run = run(List.of(java().toString(), "--list-modules"), 30);
        assertThat(run.exit()).isZero();
        Set<String> modules = new HashSet<>();
        run.output().lines().forEach(l -> modules.add(l.replaceFirst("@.*", "")));
        // Korean formats, TLS with EC keys: loaded by name; remembered settings; javax.print and ImageIO
        assertThat(modules).contains("java.base", "jdk.localedata", "jdk.crypto.ec", "java.prefs", "java.desktop", "java.net.http");
        assertThat(modules).doesNotContain("jdk.compiler", "java.compiler", "jdk.jshell", "java.rmi");
    }

    @Test
    void packagedTerminalRendersItsSignInScreen() throws Exception {
        Files.createDirectories(WORK);
        Path png = WORK.resolve("sign-in.png");
        Files.deleteIfExists(png);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classPath.add(p.toString()));
        }
        classPath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        classPath.addAll(testJars("openjfx-monocle", "awaitility", "hamcrest"));

        List<String> command = List.of(java().toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1280x800", "-Djava.awt.headless=true",
                // Korean, on a machine without a Korean font: the terminal brings its own
                "-Duser.language=ko", "-Duser.country=KR",
                // nothing of the user's: remembered settings and JavaFX's native library cache go to target/
                "-Duser.home=" + WORK.resolve("home").toAbsolutePath(),
                "-Djava.util.prefs.userRoot=" + WORK.resolve("prefs").toAbsolutePath(),
                "-cp", String.join(File.pathSeparator, classPath),
                SignInSnapshot.class.getName(), png.toAbsolutePath().toString());
        Run run = run(command, 90);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("money: ₩300,000");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(distinctColours(image)).as("a blank or nearly blank render").isGreaterThan(64);
    }

    private static Path java() {
        return IMAGE.resolve("lib/runtime/bin/java");
    }

    /** Jars of the test's own class path whose names start with one of {@code names}. */
    private static List<String> testJars(String... names) {
        List<String> found = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> Arrays.stream(names).anyMatch(n -> Path.of(p).getFileName().toString().startsWith(n)))
                .toList();
        assertThat(found).as("test jars " + Arrays.toString(names)).hasSize(names.length);
        return found;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private record Run(int exit, String output) {
    }

    /** Runs {@code command} without a display, its output (both streams) kept in a file under target/. */
    private static Run run(List<String> command, int timeoutSeconds) throws Exception {
        Files.createDirectories(WORK);
        Path log = Files.createTempFile(WORK, "run-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s: " + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}
