package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.queue.QueueMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the README documents really reach the settings they name. */
class TiketiPropertiesTest {

    private static TiketiProperties bind(Map<String, Object> env) {
        // Only the given variables, under the name Spring maps the way it maps the real environment.
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("tiketi", TiketiProperties.class);
    }

    @Test
    void everyDocumentedVariableBinds() {
        TiketiProperties p = bind(Map.ofEntries(
                Map.entry("TIKETI_DATA_DIR", "/srv/tiketi"),
                Map.entry("TIKETI_DB_URL", "jdbc:postgresql://db:5432/t"),
                Map.entry("TIKETI_DB_USER", "u"),
                Map.entry("TIKETI_DB_PASSWORD", "pw"),
                Map.entry("TIKETI_REDIS_URL", "redis://cache:6379"),
                Map.entry("TIKETI_REDIS_NAMESPACE", "box-office"),
                Map.entry("TIKETI_JWT_SECRET", "s"),
                Map.entry("TIKETI_ADMIN_USER", "boss"),
                Map.entry("TIKETI_ADMIN_PASSWORD", "apw"),
                Map.entry("TIKETI_DEMO", "true"),
                Map.entry("TIKETI_TOKEN_TTL", "8h"),
                Map.entry("TIKETI_LOGIN_MAXFAILURES", "7"),
                Map.entry("TIKETI_LOGIN_LOCKDURATION", "2m")));
        assertThat(p.data().dirOrDefault()).isEqualTo(Path.of("/srv/tiketi"));
        assertThat(p.db().url()).isEqualTo("jdbc:postgresql://db:5432/t");
        assertThat(p.db().user()).isEqualTo("u");
        assertThat(p.db().password()).isEqualTo("pw");
        assertThat(p.redis().url()).isEqualTo("redis://cache:6379");
        assertThat(p.redis().namespace()).isEqualTo("box-office");
        assertThat(p.jwt().secret()).isEqualTo("s");
        assertThat(p.admin().user()).isEqualTo("boss");
        assertThat(p.admin().password()).isEqualTo("apw");
        assertThat(p.demoEnabled()).isTrue();
        assertThat(p.token().ttl()).isEqualTo(Duration.ofHours(8));
        assertThat(p.login().maxFailures()).isEqualTo(7);
        assertThat(p.login().lockDuration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.mode()).isEqualTo(RuntimeMode.PRODUCTION);
        assertThat(p.admin().toString()).doesNotContain("apw");
        assertThat(p.jwt().toString()).doesNotContain("s]");
    }

    @Test
    void theWaitingRoomVariablesBindAndEventsQueueAutomaticallyByDefault() {
        TiketiProperties.Queue defaults = bind(Map.of()).queue();
        assertThat(defaults.defaultMode()).isEqualTo(QueueMode.AUTO);
        assertThat(defaults.defaultThreshold()).isEqualTo(500);
        assertThat(defaults.defaultAdmissionsPerMinute()).isEqualTo(600);
        assertThat(defaults.defaultIdleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.defaultAbandonTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.admitInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(defaults.tokenTtl()).isEqualTo(Duration.ofHours(1));

        TiketiProperties.Queue q = bind(Map.of(
                "TIKETI_QUEUE_DEFAULTMODE", "FORCED_ON",
                "TIKETI_QUEUE_DEFAULTTHRESHOLD", "50",
                "TIKETI_QUEUE_DEFAULTADMISSIONSPERMINUTE", "120",
                "TIKETI_QUEUE_DEFAULTIDLETIMEOUT", "3m",
                "TIKETI_QUEUE_DEFAULTABANDONTIMEOUT", "45s",
                "TIKETI_QUEUE_ADMITINTERVAL", "100ms",
                "TIKETI_QUEUE_TOKENTTL", "30m")).queue();
        assertThat(q.defaultMode()).isEqualTo(QueueMode.FORCED_ON);
        assertThat(q.defaultThreshold()).isEqualTo(50);
        assertThat(q.defaultAdmissionsPerMinute()).isEqualTo(120);
        assertThat(q.defaultIdleTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(q.defaultAbandonTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(q.admitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(q.tokenTtl()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void nothingSetMeansTheEmbeddedDefaultWithDemoData() {
        TiketiProperties p = bind(Map.of());
        assertThat(p.mode()).isEqualTo(RuntimeMode.EMBEDDED);
        assertThat(p.demoEnabled()).isTrue();
        assertThat(p.data().dirOrDefault()).isEqualTo(Path.of(System.getProperty("user.home"), ".tiketi"));
        assertThat(p.token().ttl()).isEqualTo(Duration.ofHours(12));
        assertThat(p.login().maxFailures()).isEqualTo(5);
    }

    @Test
    void productionModeHasNoDemoDataUnlessAsked() {
        assertThat(bind(Map.of("TIKETI_DB_URL", "jdbc:postgresql://db/t")).demoEnabled()).isFalse();
    }
}
