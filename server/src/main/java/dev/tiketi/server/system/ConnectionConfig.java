package dev.tiketi.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where PostgreSQL and Redis are. Each is either the operator's (TIKETI_DB_URL, TIKETI_REDIS_URL) or an
 * embedded server started here under the data directory. Boot's DataSource and Lettuce factories take
 * the connection details from these beans, so everything above them is the same in both modes; being
 * their dependencies, the embedded servers stop only after the pool and the Redis client have closed.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfig {
    private static final Logger log = LoggerFactory.getLogger(ConnectionConfig.class);

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(TiketiProperties props,
                                                ObjectProvider<EmbeddedPostgresServer> embedded) {
        if (props.mode() == RuntimeMode.PRODUCTION) {
            TiketiProperties.Db db = props.db();
            return new Jdbc(db.url(), db.user(), db.password());
        }
        EmbeddedPostgresServer server = embedded.getObject();
        return new Jdbc(server.jdbcUrl(), server.user(), null);
    }

    @Bean(destroyMethod = "close")
    @Conditional(RuntimeMode.EmbeddedDatabase.class)
    EmbeddedPostgresServer embeddedPostgresServer(TiketiProperties props) {
        return EmbeddedPostgresServer.start(props.data().dirOrDefault().resolve("postgres"));
    }

    @Bean(destroyMethod = "close")
    @Conditional(RuntimeMode.EmbeddedRedis.class)
    EmbeddedRedisServer embeddedRedisServer(TiketiProperties props) {
        if (props.mode() == RuntimeMode.PRODUCTION) {
            throw new IllegalStateException("Production mode (TIKETI_DB_URL is set) needs TIKETI_REDIS_URL too.");
        }
        return EmbeddedRedisServer.start(props.data().dirOrDefault().resolve("redis"));
    }

    @Bean
    DataRedisConnectionDetails redisConnectionDetails(TiketiProperties props,
                                                      ObjectProvider<EmbeddedRedisServer> embedded) {
        String url = props.redis().url();
        return new RedisUrl(url != null && !url.isBlank() ? url : embedded.getObject().url());
    }

    @Bean
    RedisNamespace redisNamespace(TiketiProperties props, JdbcConnectionDetails db, DataRedisConnectionDetails redis) {
        String configured = props.redis().namespace();
        RedisNamespace ns = StringUtils.hasText(configured) ? RedisNamespace.configured(configured)
                : RedisNamespace.derived(db.getJdbcUrl(), db.getUsername(), redis.getStandalone().getDatabase());
        log.info("Redis keys and channels of this deployment start with {}:", ns);
        return ns;
    }

    private record Jdbc(String url, String user, String password) implements JdbcConnectionDetails {
        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return user;
        }

        @Override
        public String getPassword() {
            return password;
        }
    }
}
