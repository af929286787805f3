package dev.tiketi.model.auth;

import java.time.Instant;

public record UserView(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
