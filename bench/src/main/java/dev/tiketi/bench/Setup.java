package dev.tiketi.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's world: a clean schema and Redis database, the server's configuration, and many customer
 * accounts made straight in the database with tokens signed by the benchmark (it knows the secret it gave
 * the server), so 20,000 customers do not cost 20,000 BCrypt logins before anything is measured.
 */
final class Setup {
    static final String SCHEMA = "tiketi_bench";
    static final int REDIS_DB = 12;

    final String dbUrl;
    final String secret;
    final String adminPassword;

    Setup(String dbHostUrl) {
        this.dbUrl = dbHostUrl;
        byte[] b = new byte[36];
        new SecureRandom().nextBytes(b);
        this.secret = Base64.getEncoder().encodeToString(b);
        new SecureRandom().nextBytes(b);
        this.adminPassword = "A" + Base64.getUrlEncoder().withoutPadding().encodeToString(b).substring(0, 20);
    }

    Map<String, String> serverEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("TIKETI_DB_URL", dbUrl + "?currentSchema=" + SCHEMA);
        env.put("TIKETI_DB_USER", "postgres");
        env.put("TIKETI_DB_PASSWORD", "");
        env.put("SPRING_FLYWAY_SCHEMAS", SCHEMA);
        env.put("SPRING_FLYWAY_DEFAULT_SCHEMA", SCHEMA);
        env.put("TIKETI_REDIS_URL", "redis://127.0.0.1:6379/" + REDIS_DB);
        env.put("TIKETI_JWT_SECRET", secret);
        env.put("TIKETI_ADMIN_USER", "admin");
        env.put("TIKETI_ADMIN_PASSWORD", adminPassword);
        env.put("TIKETI_PAYMENTS_SIMULATED", "true");
        env.put("TIKETI_QUEUE_DEFAULTMODE", "OFF");
        // one log line per request would measure the disk: warnings only
        env.put("LOGGING_LEVEL_TIKETI_HTTP", "WARN");
        env.put("TIKETI_DB_POOL_SIZE", "16");
        return env;
    }

    void resetServices() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        Process p = new ProcessBuilder("redis-cli", "-n", Integer.toString(REDIS_DB), "flushdb").inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("redis-cli flushdb failed");
        }
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(dbUrl, "postgres", "");
    }

    /** Accounts of one role, inserted in one statement; returns their ids and signed tokens. */
    List<Account> accounts(String role, String prefix, int count) throws Exception {
        List<Account> out = new ArrayList<>(count);
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA + ".app_user "
                + "(username, password_hash, role, display_name) select ? || g, 'not-a-bcrypt-hash', ?, ? || g "
                + "from generate_series(1, ?) g returning id")) {
            ps.setString(1, prefix);
            ps.setString(2, role);
            ps.setString(3, prefix);
            ps.setInt(4, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new Account(id, token(id, role)));
                }
            }
        }
        return out;
    }

    String token(long userId, String role) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("tiketi").subject(Long.toString(userId))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3 * 3600))).claim("role", role).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    record Account(long id, String token) {
    }
}
