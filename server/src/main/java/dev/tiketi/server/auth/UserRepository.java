package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {
    private static final String COLUMNS = "id, username, password_hash, role, display_name, enabled, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(UserRepository::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(?)")
                .param(username).query(UserRepository::map).optional();
    }

    /** Returns the new id; a taken username surfaces as the unique index's DuplicateKeyException. */
    long insert(String username, String passwordHash, Role role, String displayName) {
        return jdbc.sql("insert into app_user (username, password_hash, role, display_name) values (?, ?, ?, ?) returning id")
                .params(username, passwordHash, role.name(), displayName).query(Long.class).single();
    }

    void update(UserAccount user) {
        jdbc.sql("update app_user set password_hash = ?, role = ?, display_name = ?, enabled = ? where id = ?")
                .params(user.passwordHash(), user.role().name(), user.displayName(), user.enabled(), user.id())
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Counts the enabled admins while holding their rows until the transaction ends. */
    long lockEnabledAdmins() {
        return jdbc.sql("select id from app_user where role = 'ADMIN' and enabled for update").query(Long.class).list().size();
    }

    /** Inserts unless the username is taken (by another instance starting at the same moment, say). */
    boolean insertIfAbsent(String username, String passwordHash, Role role, String displayName) {
        return jdbc.sql("insert into app_user (username, password_hash, role, display_name) values (?, ?, ?, ?) on conflict do nothing")
                .params(username, passwordHash, role.name(), displayName).update() == 1;
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Long.class).single();
    }

    List<UserAccount> page(int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from app_user order by id limit ? offset ?")
                .params(size, (long) page * size).query(UserRepository::map).list();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getBoolean("enabled"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }

}
