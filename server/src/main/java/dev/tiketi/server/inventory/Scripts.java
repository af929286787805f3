package dev.tiketi.server.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The inventory's Lua scripts, one file per atomic operation under scripts/inventory. The text is read once:
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

    private static String read(String name) {
        try {
            return new ClassPathResource("scripts/inventory/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing inventory script " + name, e);
        }
    }
}
