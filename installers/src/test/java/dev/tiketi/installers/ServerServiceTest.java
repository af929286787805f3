package dev.tiketi.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server's systemd unit and its environment file sample (deploy/systemd): a unit systemd accepts, with
 * the settings in the environment file and no secret in the unit or the sample. How the jar runs with them
 * is {@link TwoInstancesTest}'s part: deploy/two-instances.sh starts it with the unit's JVM options.
 */
class ServerServiceTest {
    private static final Path SYSTEMD = Path.of(System.getenv("TIKETI_REPO"), "deploy", "systemd");
    private static final Path UNIT = SYSTEMD.resolve("tiketi-server@.service");

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "systemd"));
        Files.copy(UNIT, dir.resolve(UNIT.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path log = dir.resolve("verify.log");
        // systemd-analyze comes with systemd (Debian's standard system, and CI's); it runs without systemd
        // running, and reports unknown keys, bad values and an ExecStart that does not exist. Like the real
        // services, CI (TIKETI_TEST_REQUIRE_SERVICES=true) requires it; a machine without it skips this check.
        boolean installed = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "systemd-analyze")));
        if (!"true".equalsIgnoreCase(System.getenv("TIKETI_TEST_REQUIRE_SERVICES"))) {
            Assumptions.assumeTrue(installed, "systemd-analyze is not installed");
        }
        Process p = new ProcessBuilder("systemd-analyze", "verify", dir.resolve("tiketi-server@8080.service").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void unitReadsTheEnvironmentFileAndHoldsNoSecret() throws Exception {
        List<String> unit = Files.readAllLines(UNIT);
        assertThat(unit).contains("EnvironmentFile=/etc/tiketi/server.env", "Environment=SERVER_PORT=%i");
        assertThat(unit).filteredOn(l -> l.startsWith("Environment=")).containsExactly("Environment=SERVER_PORT=%i");
        assertThat(String.join("\n", unit)).doesNotContain("TIKETI_JWT_SECRET=", "PASSWORD=");
    }

    @Test
    void sampleNamesWhatProductionModeNeedsWithTheSecretsLeftBlank() throws Exception {
        Map<String, String> sample = Files.readAllLines(SYSTEMD.resolve("server.env.sample")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(sample).containsKeys("TIKETI_DB_URL", "TIKETI_DB_USER", "TIKETI_REDIS_URL", "TIKETI_ADMIN_USER")
                .doesNotContainKey("SERVER_PORT");
        assertThat(sample).containsEntry("TIKETI_JWT_SECRET", "").containsEntry("TIKETI_DB_PASSWORD", "")
                .containsEntry("TIKETI_ADMIN_PASSWORD", "");
    }
}
