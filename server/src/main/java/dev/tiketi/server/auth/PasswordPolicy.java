package dev.tiketi.server.auth;

import dev.tiketi.model.auth.PasswordRules;
import dev.tiketi.server.error.ApiException;
import java.nio.charset.StandardCharsets;

/** The rule the annotations cannot express: BCrypt's limit is in bytes, and Hangul takes three a letter. */
final class PasswordPolicy {
    private PasswordPolicy() {
    }

    static boolean fitsHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= PasswordRules.MAX_BYTES;
    }

    static void requireFitsHash(String password) {
        if (!fitsHash(password)) {
            throw ApiException.invalid("password", "must be at most " + PasswordRules.MAX_BYTES + " bytes in UTF-8");
        }
    }
}
