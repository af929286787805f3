package dev.tiketi.server.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The deployment's name in Redis, put before every key and pub/sub channel ({@code <namespace>:live:{e42}}),
 * so deployments sharing one Redis server never read each other's keys or hear each other's pushes: pub/sub
 * ignores the database number. Outside the hash tag, so every script of an event still touches one slot.
 *
 * <p>TIKETI_REDIS_NAMESPACE sets it. By default it is derived from what all instances of one deployment share
 * and two deployments on one Redis cannot: the PostgreSQL database and schema, and the Redis database number
 * (two deployments on the same Redis database would already be mixing their keys).
 */
public final class RedisNamespace {
    /** No glob characters (* ? [ ] \), which would widen the live channel pattern, and no braces (hash tags). */
    private static final Pattern CONFIGURABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private final String name;
    private final String prefix;

    private RedisNamespace(String name) {
        this.name = name;
        this.prefix = name + ":";
    }

    /** The operator's namespace, refused (the server does not start) unless Redis reads it literally. */
    public static RedisNamespace configured(String name) {
        if (name == null || !CONFIGURABLE.matcher(name).matches()) {
            throw new IllegalStateException("TIKETI_REDIS_NAMESPACE must be 1 to 64 of A-Z a-z 0-9 . _ : - "
                    + "(no * ? [ ] { } or spaces, which Redis would read as a pattern or a hash tag); got \""
                    + name + "\"");
        }
        return new RedisNamespace(name);
    }

    /**
     * {@code <database>[.<schema>].<redis database>} from a PostgreSQL JDBC URL (schema: its currentSchema),
     * e.g. {@code tiketi.5} or {@code test.tiketi_it.13}. Without a database in the URL, PostgreSQL uses the
     * user's name, and so does this.
     */
    public static RedisNamespace derived(String jdbcUrl, String user, int redisDatabase) {
        String rest = jdbcUrl.startsWith("jdbc:postgresql:") ? jdbcUrl.substring("jdbc:postgresql:".length()) : jdbcUrl;
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1);
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "" : path.substring(slash + 1);
        }
        String database = path.isEmpty() ? String.valueOf(user) : decode(path);
        String schema = "";
        for (String param : params.split("&")) {
            if (param.startsWith("currentSchema=")) {
                schema = decode(param.substring("currentSchema=".length()));
            }
        }
        return new RedisNamespace(safe(database) + (schema.isEmpty() ? "" : "." + safe(schema)) + "." + redisDatabase);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String safe(String part) {
        return UNSAFE.matcher(part).replaceAll("_");
    }

    public String name() {
        return name;
    }

    /** A key or channel of this deployment. */
    public String key(String local) {
        return prefix + local;
    }

    /** What follows the namespace in a key or channel of this deployment, or null if it is not one. */
    public String local(String key) {
        return key.startsWith(prefix) ? key.substring(prefix.length()) : null;
    }

    @Override
    public String toString() {
        return name;
    }
}
