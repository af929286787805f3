package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;

/** An account as the admin side edits it (table app_user). The hash never leaves the server. */
@Entity
@Table(name = "app_user")
class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(nullable = false)
    private boolean enabled = true;
    /** The database's clock, as for accounts the start-up creates (read back after the insert). */
    @Generated
    @Column(name = "created_at", columnDefinition = "timestamptz", insertable = false, updatable = false)
    private Instant createdAt;

    protected UserEntity() {
    }

    UserEntity(String username, String passwordHash, Role role, String displayName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
    }

    Long id() {
        return id;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    dev.tiketi.model.auth.UserView view() {
        return new dev.tiketi.model.auth.UserView(id, username, displayName, role, enabled, createdAt);
    }

    UserAccount account() {
        return new UserAccount(id, username, passwordHash, role, displayName, enabled, createdAt);
    }

    @Override
    public String toString() {
        return "UserEntity[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
