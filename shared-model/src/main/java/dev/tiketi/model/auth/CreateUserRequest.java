package dev.tiketi.model.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Admin creates staff and kiosk accounts. */
public record CreateUserRequest(
        @NotBlank @Pattern(regexp = PasswordRules.USERNAME_PATTERN) String username,
        @NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", role=" + role + ", password=***]";
    }
}
