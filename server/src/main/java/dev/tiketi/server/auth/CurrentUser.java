package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;

/** The authenticated caller, as loaded from the database on each request (not trusted from the token). */
public record CurrentUser(long id, String username, String displayName, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
