package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import dev.tiketi.server.system.RedisNamespace;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What Redis knows about accounts, so that a token's claims can stand in for the database on the hottest
 * paths (decision 0021). One hash, {@code <ns>:acct}, read with one {@code HMGET} per request:
 * <ul>
 *   <li>{@code loaded}: present once the hash is complete (holds every account that is not an enabled
 *       customer); its value changes with every load, so a load after a Redis loss is told apart;</li>
 *   <li>{@code <id>} = a role: an enabled account with that role;</li>
 *   <li>{@code <id>} = {@code ?}: an admin changed the account (disabled, re-roled): ask the database;</li>
 *   <li>no field: an enabled customer.</li>
 * </ul>
 * A token is taken at its word only when its role claim equals what the hash says; anything else (no hash,
 * {@code ?}, another role) goes to the database, which decides as it always has. So the hash can only send a
 * request to the slower path, never accept one the database would refuse, as long as every change that makes an
 * account something other than what its tokens claim writes {@code ?} first: {@link #mustAsk} runs inside the
 * admin's transaction and again after its commit, with {@code HSET}; loads and learning only add fields
 * ({@code HSETNX}), so they never overwrite a {@code ?}.
 */
@Component
public class AccountStates {
    private static final Logger log = LoggerFactory.getLogger(AccountStates.class);
    static final String ASK = "?";
    private static final String LOADED = "loaded";

    /** Learns a field only if the hash is still the load the caller saw before it read the database. */
    private static final RedisScript<Long> LEARN = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'loaded') ~= ARGV[1] then return 0 end
            return redis.call('HSETNX', KEYS[1], ARGV[2], ARGV[3])""", Long.class);

    private final StringRedisTemplate redis;
    private final JdbcClient jdbc;
    private final String key;
    private final ReentrantLock loading = new ReentrantLock();

    AccountStates(StringRedisTemplate redis, JdbcClient jdbc, RedisNamespace ns) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.key = ns.key("acct");
    }

    /** What the hash says about one account, and which load of the hash said it. */
    record Look(String state, String load) {
        boolean complete() {
            return load != null;
        }

        /** True if a token claiming {@code role} is exactly right about this account now. */
        boolean confirms(Role role) {
            if (!complete()) {
                return false;
            }
            return state == null ? role == Role.CUSTOMER : state.equals(role.name());
        }
    }

    Look look(long userId) {
        List<Object> r = redis.opsForHash().multiGet(key, Arrays.asList(Long.toString(userId), LOADED));
        return new Look((String) r.get(0), (String) r.get(1));
    }

    /**
     * The database read for this account came back enabled with {@code role}: remember it, unless the hash was
     * reloaded meanwhile or already says something (a {@code ?} written since the read wins).
     */
    void learn(Look before, long userId, Role role) {
        if (before.complete() && before.state() == null && role != Role.CUSTOMER) {
            redis.execute(LEARN, List.of(key), before.load(), Long.toString(userId), role.name());
        }
    }

    /** From now on, this account's tokens are checked against the database. */
    void mustAsk(long userId) {
        redis.opsForHash().put(key, Long.toString(userId), ASK);
    }

    /**
     * Inside the admin's transaction, before the change can be seen: if Redis cannot take it, the change fails
     * with it. A rollback leaves a {@code ?}, which only costs that account the database path.
     */
    @EventListener
    void revokedInTransaction(AccountRevoked revoked) {
        mustAsk(revoked.userId());
    }

    /** Again after commit: a Redis loss and reload between the two could have read the row as it was. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void revokedAfterCommit(AccountRevoked revoked) {
        try {
            mustAsk(revoked.userId());
        } catch (RuntimeException e) {
            log.warn("Account {} not marked again after its change: {}", revoked.userId(), e.toString());
        }
    }

    /**
     * Fills the hash after a Redis loss (or on first use): every account that is not an enabled customer, from
     * the database. One instance-wide load at a time; callers meanwhile use the database.
     */
    void loadIfMissing() {
        if (!loading.tryLock()) {
            return;
        }
        try {
            if (Boolean.TRUE.equals(redis.opsForHash().hasKey(key, LOADED))) {
                return;
            }
            jdbc.sql("select id, role, enabled from app_user where not enabled or role <> 'CUSTOMER'")
                    .query((rs, n) -> {
                        String state = rs.getBoolean("enabled") ? rs.getString("role") : ASK;
                        redis.opsForHash().putIfAbsent(key, Long.toString(rs.getLong("id")), state);
                        return null;
                    }).list();
            redis.opsForHash().put(key, LOADED, UUID.randomUUID().toString());
        } catch (RuntimeException e) {
            log.warn("Account states not loaded into Redis; requests ask the database meanwhile: {}", e.toString());
        } finally {
            loading.unlock();
        }
    }
}
