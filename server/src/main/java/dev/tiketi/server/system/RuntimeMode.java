package dev.tiketi.server.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

public enum RuntimeMode {
    /** Embedded PostgreSQL and Redis under the data directory, demo data, generated secret: zero set-up. */
    EMBEDDED,
    /** External PostgreSQL and Redis from TIKETI_DB_URL / TIKETI_REDIS_URL; secrets must be given. */
    PRODUCTION;

    /** Matches when no external database is configured, i.e. the embedded PostgreSQL must be started. */
    public static class EmbeddedDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("tiketi.db.url"));
        }
    }

    /** Matches when no external Redis is configured, i.e. the embedded Redis must be started. */
    public static class EmbeddedRedis implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("tiketi.redis.url"));
        }
    }
}
