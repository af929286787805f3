package dev.tiketi.server.inventory;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** The inventory's Lua scripts, one file per atomic operation under scripts/inventory; loaded once. */
final class Scripts {
    private Scripts() {
    }

    @SuppressWarnings("rawtypes")
    static RedisScript<List> listScript(String name) {
        return RedisScript.of(new ClassPathResource("scripts/inventory/" + name + ".lua"), List.class);
    }

    static RedisScript<Long> longScript(String name) {
        return RedisScript.of(new ClassPathResource("scripts/inventory/" + name + ".lua"), Long.class);
    }
}
