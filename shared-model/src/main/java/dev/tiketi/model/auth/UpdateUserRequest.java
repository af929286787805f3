package dev.tiketi.model.auth;

import jakarta.validation.constraints.Size;

/** Partial update: a null field stays as it is. Disabling takes effect on the account's very next request. */
public record UpdateUserRequest(
        @Size(min = 1, max = 100) String displayName,
        Role role,
        Boolean enabled,
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "UpdateUserRequest[displayName=" + displayName + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
