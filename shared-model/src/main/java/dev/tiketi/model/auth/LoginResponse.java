package dev.tiketi.model.auth;

import java.time.Instant;

public record LoginResponse(String token, Role role, String displayName, Instant expiresAt, long userId) {

    @Override
    public String toString() {
        return "LoginResponse[role=" + role + ", displayName=" + displayName + ", expiresAt=" + expiresAt + "]";
    }
}
