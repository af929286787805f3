package dev.tiketi.server.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** The waiting room's Lua scripts: each file under scripts/queue with common.lua's helpers put in front. */
final class QueueScripts {
    private static final String COMMON = read("common");

    private QueueScripts() {
    }

    @SuppressWarnings("rawtypes")
    static RedisScript<List> list(String name) {
        return RedisScript.of(COMMON + "\n" + read(name), List.class);
    }

    static RedisScript<Long> number(String name) {
        return RedisScript.of(COMMON + "\n" + read(name), Long.class);
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("scripts/queue/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
