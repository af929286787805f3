package dev.tiketi.server.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The inventory's Lua scripts, one file per atomic operation under scripts/inventory, each after
 * {@code seat_counts.lua} (the per-tier seat counters every seat script keeps) and {@code sweep_flag.lua} (when a
 * hold's caller must add its event to the sweeper's set). The text is read once:
 * a script built on a resource asks that resource whether it changed (a class-path look-up inside the
 * nested jar) before every call, which cost a hold more CPU than Redis did (docs/bench/ANALYSIS.md).
 */
final class Scripts {
    private Scripts() {
    }

    @SuppressWarnings("rawtypes")
    static RedisScript<List> listScript(String name) {
        return RedisScript.of(read(name), List.class);
    }

    static RedisScript<Long> longScript(String name) {
        return RedisScript.of(read(name), Long.class);
    }

    private static String text(String name) throws IOException {
        return new ClassPathResource("scripts/inventory/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
    }

    private static String read(String name) {
        try {
            return text("seat_counts") + "\n" + text("sweep_flag") + "\n" + text(name);
        } catch (IOException e) {
            throw new UncheckedIOException("missing inventory script " + name, e);
        }
    }
}
