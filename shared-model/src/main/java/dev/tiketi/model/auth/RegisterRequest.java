package dev.tiketi.model.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Online channel sign-up: always creates a CUSTOMER. */
public record RegisterRequest(
        @NotBlank @Pattern(regexp = PasswordRules.USERNAME_PATTERN) String username,
        @NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
        @NotBlank @Size(max = 100) String displayName) {

    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + ", password=***]";
    }
}
