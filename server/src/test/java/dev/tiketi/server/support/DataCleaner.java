package dev.tiketi.server.support;

import dev.tiketi.model.auth.Role;
import dev.tiketi.server.audit.AuditBatches;
import dev.tiketi.server.system.RedisNamespace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Empties every table (but Flyway's) and the Redis database, then adds one account per role. */
@TestComponent
public class DataCleaner {
    private final JdbcClient jdbc;
    private final RedisConnectionFactory redis;
    private final PasswordEncoder passwords;
    private final RedisNamespace ns;
    private final AuditBatches audit;
    private String cachedHash;
    private String cachedFor;

    DataCleaner(JdbcClient jdbc, RedisConnectionFactory redis, PasswordEncoder passwords, RedisNamespace ns, AuditBatches audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.ns = ns;
        this.redis = redis;
        this.passwords = passwords;
    }

    /** For a server started outside Spring's test context (a {@link ServerInstance}). */
    public static DataCleaner of(org.springframework.context.ApplicationContext context) {
        return new DataCleaner(context.getBean(JdbcClient.class), context.getBean(RedisConnectionFactory.class),
                context.getBean(PasswordEncoder.class), context.getBean(RedisNamespace.class), context.getBean(AuditBatches.class));
    }

    public void reset(String password) {
        // a previous test's batched audit rows must not land in this test's empty table
        flushAudit();
        ServerInstance.flushAuditOfAll();
        jdbc.sql("truncate " + String.join(", ", tables()) + " restart identity cascade").update();
        try (var connection = redis.getConnection()) {
            connection.serverCommands().flushDb();
        }
        if (!password.equals(cachedFor)) {
            cachedHash = passwords.encode(password);
            cachedFor = password;
        }
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            jdbc.sql("insert into app_user (username, password_hash, role, display_name) values (?, ?, ?, ?)")
                    .params(name, cachedHash, role.name(), "Test " + name).update();
        }
    }

    /**
     * A digest of every row of every table (but Flyway's): equal before and after means nothing was
     * inserted, deleted or changed.
     */
    public Map<String, String> fingerprint() {
        // rows queued by earlier requests would otherwise land between two fingerprints
        flushAudit();
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables()) {
            digests.put(table, jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                    + table + " t").query(String.class).single());
        }
        return digests;
    }

    private List<String> tables() {
        return jdbc.sql("""
                select tablename from pg_tables where schemaname = current_schema()
                and tablename <> 'flyway_schema_history' order by tablename""").query(String.class).list();
    }

    /**
     * Every Redis key with its type and contents, so a test can tell that a request changed nothing there.
     * Left out: failed-login counters (counting a bad password is the point) and the copies of queue
     * settings (a cache of the queue_settings table, which the database fingerprint covers), and likewise the
     * account states and the events' terms versions the waiting room's caches fill on first use (decision 0021).
     */
    public Map<String, String> redisFingerprint() {
        StringRedisTemplate template = new StringRedisTemplate(redis);
        Map<String, String> values = new TreeMap<>();
        for (String key : template.keys("*")) {
            String local = ns.local(key);
            if (local != null && (local.startsWith("login:") || local.startsWith("qcfg:")
                    || local.equals("acct") || local.startsWith("terms:"))) {
                continue;
            }
            String value = switch (template.type(key)) {
                case STRING -> template.opsForValue().get(key);
                case HASH -> new TreeMap<>(template.opsForHash().entries(key)).toString();
                case SET -> new java.util.TreeSet<>(template.opsForSet().members(key)).toString();
                case ZSET -> template.opsForZSet().rangeWithScores(key, 0, -1).stream()
                        .map(t -> t.getValue() + "=" + t.getScore()).toList().toString();
                case LIST -> template.opsForList().range(key, 0, -1).toString();
                default -> "?";
            };
            values.put("redis " + key, String.valueOf(value));
        }
        return values;
    }

    /** A Redis key of this server's deployment, e.g. {@code redisKey("sh:{e1}")}. */
    public String redisKey(String local) {
        return ns.key(local);
    }

    /** Writes the audit rows this server has queued (decision 0022), as a clean shutdown would. */
    public void flushAudit() {
        if (!audit.flush()) {
            throw new IllegalStateException("audit rows not written");
        }
    }

    /** Audit rows matching the condition, once this server's queued rows are written. */
    public long auditRows(String where) {
        flushAudit();
        return count("audit_log where " + where);
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
