package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The account reads every request makes (the token's user, loaded again each time) and the start-up
 * inserts, in explicit SQL: one indexed query, no persistence context to open. Changing accounts is the
 * admin side's job, through {@link UserRepository} (decision 0013).
 */
@Repository
class Accounts {
    private static final String COLUMNS = "id, username, password_hash, role, display_name, enabled, created_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(Accounts::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(?)")
                .param(username).query(Accounts::map).optional();
    }

    /** Inserts unless the username is taken (by another instance starting at the same moment, say). */
    boolean insertIfAbsent(String username, String passwordHash, Role role, String displayName) {
        return jdbc.sql("insert into app_user (username, password_hash, role, display_name) values (?, ?, ?, ?) on conflict do nothing")
                .params(username, passwordHash, role.name(), displayName).update() == 1;
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Long.class).single();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getBoolean("enabled"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
