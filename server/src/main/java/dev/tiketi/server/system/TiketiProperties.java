package dev.tiketi.server.system;

import dev.tiketi.model.queue.QueueMode;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Everything an operator sets, bound from environment variables by relaxed binding
 * (TIKETI_DB_URL is tiketi.db.url). README "Configuration" lists each one.
 */
@ConfigurationProperties("tiketi")
public record TiketiProperties(
        @DefaultValue Data data,
        @DefaultValue Db db,
        @DefaultValue Redis redis,
        Boolean demo,
        @DefaultValue Admin admin,
        @DefaultValue Jwt jwt,
        @DefaultValue Token token,
        @DefaultValue Login login,
        @DefaultValue Queue queue,
        @DefaultValue Live live) {

    public record Data(Path dir) {
        public Path dirOrDefault() {
            return dir != null ? dir : Path.of(System.getProperty("user.home"), ".tiketi");
        }
    }

    public record Db(String url, String user, String password) {
    }

    /** namespace: see {@link RedisNamespace}; blank means derived. */
    public record Redis(String url, String namespace) {
    }

    public record Admin(String user, String password) {
        @Override
        public String toString() {
            return "Admin[user=" + user + ", password=" + (password == null ? "unset" : "***") + "]";
        }
    }

    public record Jwt(String secret) {
        @Override
        public String toString() {
            return "Jwt[secret=" + (secret == null ? "unset" : "***") + "]";
        }
    }

    /** verifiedCache: how many distinct tokens whose signature was checked each instance remembers (decision 0025). */
    public record Token(@DefaultValue("12h") Duration ttl, @DefaultValue("20000") long verifiedCache) {
    }

    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockDuration) {
    }

    /**
     * The waiting room: the settings an event has until an admin sets its own, how often the admitter runs
     * (also the rate cap's tolerance), and how long an admission token is good for at most.
     */
    public record Queue(@DefaultValue("AUTO") QueueMode defaultMode,
                        @DefaultValue("500") int defaultThreshold,
                        @DefaultValue("600") int defaultAdmissionsPerMinute,
                        @DefaultValue("5m") Duration defaultIdleTimeout,
                        @DefaultValue("60s") Duration defaultAbandonTimeout,
                        @DefaultValue("250ms") Duration admitInterval,
                        @DefaultValue("1h") Duration tokenTtl) {
    }

    /**
     * The live protocol: STOMP heart-beats both ways; how long one send to a client may block and how much
     * may wait for it before that client is cut off (it reconnects and resyncs; the others never wait for
     * it); how often stock and presence pushes are coalesced.
     */
    public record Live(@DefaultValue("10s") Duration heartbeat,
                       @DefaultValue("10s") Duration sendTimeLimit,
                       @DefaultValue("524288") int sendBufferLimit,
                       @DefaultValue("100ms") Duration stockInterval,
                       @DefaultValue("1s") Duration presenceInterval,
                       @DefaultValue("10s") Duration presenceRenew,
                       @DefaultValue("30s") Duration presenceTtl) {
    }

    /** Production mode is chosen by naming a database; without one the embedded default runs. */
    public RuntimeMode mode() {
        return StringUtils.hasText(db.url()) ? RuntimeMode.PRODUCTION : RuntimeMode.EMBEDDED;
    }

    /** Demo data: always in the embedded default unless TIKETI_DEMO=false, in production only if TIKETI_DEMO=true. */
    public boolean demoEnabled() {
        return demo != null ? demo : mode() == RuntimeMode.EMBEDDED;
    }
}
