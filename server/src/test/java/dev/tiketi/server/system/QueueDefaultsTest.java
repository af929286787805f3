package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.queue.QueueMode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What an event's waiting room does before an admin sets it: the shipped defaults, and the env overrides. */
class QueueDefaultsTest {

    @Test
    void eventsQueueAutomaticallyByDefault() {
        TiketiProperties.Queue q = bind(Map.of()).queue();
        assertThat(q.defaultMode()).isEqualTo(QueueMode.AUTO);
        assertThat(q.defaultThreshold()).isEqualTo(500);
        assertThat(q.defaultAdmissionsPerMinute()).isEqualTo(600);
        assertThat(q.defaultIdleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(q.defaultAbandonTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(q.admitInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void anOperatorCanChangeTheDefaults() {
        TiketiProperties.Queue q = bind(Map.of("tiketi.queue.default-mode", "FORCED_ON", "tiketi.queue.default-threshold", "50"))
                .queue();
        assertThat(q.defaultMode()).isEqualTo(QueueMode.FORCED_ON);
        assertThat(q.defaultThreshold()).isEqualTo(50);
    }

    private static TiketiProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("tiketi", TiketiProperties.class);
    }
}
