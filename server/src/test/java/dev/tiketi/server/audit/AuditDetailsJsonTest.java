package dev.tiketi.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The hot paths' audit details are written without Jackson; they must say exactly what Jackson would. */
class AuditDetailsJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final AuditLog log = new AuditLog(null, json, null, Clock.systemUTC());

    @Test
    void flatDetailsReadBackAsJacksonWritesThem() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hold", "42-AbC_dEf-0123456789abcd");
        details.put("items", 3);
        details.put("total", 1_234_567_890_123L);
        details.put("paid", true);
        details.put("reason", "quote \" backslash \\ newline \n tab \t bell \u0007 한글 €");
        details.put("empty", "");
        assertSame(details);
        assertSame(Map.of());
    }

    @Test
    void anythingElseGoesThroughJackson() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hold", "42-x");
        details.put("seats", List.of(1L, 2L));
        details.put("missing", null);
        details.put("ratio", 0.5);
        assertSame(details);
        assertThat(log.flatJson(null)).isEqualTo("{}");
    }

    private void assertSame(Map<String, ?> details) {
        String written = log.flatJson(details);
        assertThat(json.readTree(written)).as(written).isEqualTo(json.readTree(json.writeValueAsString(details)));
    }
}
