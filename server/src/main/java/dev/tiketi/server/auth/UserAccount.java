package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UserView;
import java.time.Instant;

/** A row of app_user. The hash never leaves the server. */
record UserAccount(long id, String username, String passwordHash, Role role, String displayName, boolean enabled,
                   Instant createdAt) {

    UserView view() {
        return new UserView(id, username, displayName, role, enabled, createdAt);
    }

    CurrentUser current() {
        return new CurrentUser(id, username, displayName, role);
    }

    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
