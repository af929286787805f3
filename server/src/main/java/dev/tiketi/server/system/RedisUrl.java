package dev.tiketi.server.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/** {@code redis://[user:password@]host[:port][/database]}, as TIKETI_REDIS_URL is documented. */
final class RedisUrl implements DataRedisConnectionDetails {
    private final String host;
    private final int port;
    private final int database;
    private final String username;
    private final String password;

    RedisUrl(String url) {
        URI uri = URI.create(url);
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("TIKETI_REDIS_URL must look like redis://host:6379[/db]");
        }
        host = uri.getHost();
        port = uri.getPort() > 0 ? uri.getPort() : 6379;
        String path = uri.getPath();
        database = path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            username = null;
            password = null;
        } else {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? "" : userInfo.substring(0, colon);
            username = user.isEmpty() ? null : decode(user);
            password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public Standalone getStandalone() {
        return Standalone.of(host, port, database);
    }

    @Override
    public String toString() {
        return "redis://" + host + ":" + port + "/" + database;
    }
}
