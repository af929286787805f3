package dev.tiketi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 6: idle STOMP sessions with 10 s heart-beats held by one instance, and what each costs in heap. The
 * sessions come from several generator processes ({@link IdleClients}), each to its own loopback address
 * (127.0.0.2, .3, ...; the server listens on all), so neither one process's open-file limit nor one address pair's
 * ephemeral ports run short.
 */
final class IdleSessionsScenario {
    private IdleSessionsScenario() {
    }

    record Outcome(int asked, int connected, int stillConnected, long heapBefore, long heapAfter, String limits) {
        long bytesPerSession() {
            return connected == 0 ? 0 : (heapAfter - heapBefore) / connected;
        }
    }

    static Outcome run(ServerProcess server, String token, int sessions, int processes) throws Exception {
        long before = server.liveHeap();
        List<Process> children = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                int share = sessions / processes + (p < sessions % processes ? 1 : 0);
                Process child = new ProcessBuilder("java", "-Xmx1500m", "-cp", System.getProperty("java.class.path"), IdleClients.class.getName(),
                        "http://127.0.0." + (p + 2) + ":" + server.port, token, Integer.toString(share), "idle-" + p + "-")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                children.add(child);
                outs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
            }
            int connected = 0;
            long t0 = System.nanoTime();
            for (BufferedReader out : outs) {
                connected += number(out.readLine(), "connected");
            }
            System.out.printf("[bench] %,d of %,d sessions connected in %.0f s%n", connected, sessions, (System.nanoTime() - t0) / 1e9);
            long after = server.liveHeap();
            // through at least two heart-beat rounds: the sessions must stay up, idle
            Thread.sleep(25_000); // holding idle sessions open for a while is the measurement itself
            int still = 0;
            for (int p = 0; p < processes; p++) {
                PrintStream in = new PrintStream(children.get(p).getOutputStream(), true, StandardCharsets.UTF_8);
                in.println("count");
                still += number(outs.get(p).readLine(), "still");
            }
            String limits = String.format("open files: server %s, each generator process %s", openFiles(server.pid()),
                    openFiles(children.get(0).pid()));
            return new Outcome(sessions, connected, still, before, after, limits);
        } finally {
            for (Process child : children) {
                child.getOutputStream().close();
            }
            for (Process child : children) {
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
        }
    }

    private static int number(String line, String word) {
        if (line == null || !line.startsWith(word + " ")) {
            throw new IllegalStateException("a session generator said: " + line);
        }
        return Integer.parseInt(line.substring(word.length() + 1).strip());
    }

    /** The soft open-file limit of a process, from /proc/&lt;pid&gt;/limits. */
    static String openFiles(long pid) {
        try {
            Matcher m = Pattern.compile("Max open files\\s+(\\S+)").matcher(Files.readString(Path.of("/proc", Long.toString(pid), "limits")));
            return m.find() ? m.group(1) : "?";
        } catch (Exception e) {
            return "?";
        }
    }
}
