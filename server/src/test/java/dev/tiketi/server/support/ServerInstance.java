package dev.tiketi.server.support;

import dev.tiketi.server.TiketiServerApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more server, as a second box behind the load balancer: the same code and configuration as the test
 * context (same PostgreSQL schema, Redis database, JWT secret and moved clock), on its own random port,
 * with its own sweeper and admitter.
 */
public final class ServerInstance implements AutoCloseable {
    private static final java.util.Set<ServerInstance> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final ConfigurableApplicationContext context;

    private ServerInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServerInstance start(Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>(IntegrationTest.serverProperties());
        // application.yml reads SERVER_PORT, and these properties rank below it: set the variable it reads
        props.put("SERVER_PORT", "0");
        props.putAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TiketiServerApplication.class, TestClock.class, AdmissionRecorder.class)
                .properties(props).run();
        ServerInstance instance = new ServerInstance(context);
        RUNNING.add(instance);
        return instance;
    }

    /** Writes the audit rows every running extra server has queued (decision 0022). */
    static void flushAuditOfAll() {
        for (ServerInstance instance : RUNNING) {
            instance.context.getBean(dev.tiketi.server.audit.AuditBatches.class).flush();
        }
    }

    /**
     * A server of another deployment on the same Redis server: its own PostgreSQL schema (dropped first, so
     * it starts empty and migrates afresh) and its own Redis database number, everything else as the tests'.
     */
    public static ServerInstance startOtherDeployment(String schema, int redisDatabase, Map<String, String> extra) {
        TestServices services = TestServices.get();
        Map<String, String> props = new HashMap<>();
        props.put("tiketi.db.url", services.dbUrlForSchema(schema));
        props.put("spring.flyway.schemas", schema);
        props.put("spring.flyway.default-schema", schema);
        props.put("tiketi.redis.url", services.redisUrlForDatabase(redisDatabase));
        props.putAll(extra);
        return start(props);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + port());
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        RUNNING.remove(this);
        context.close();
    }
}
