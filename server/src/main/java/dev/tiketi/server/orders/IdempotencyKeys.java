package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import java.util.regex.Pattern;

/** Idempotency-Key values: required, 8 to 100 visible ASCII characters (a UUID fits). */
final class IdempotencyKeys {
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7e]{8,100}");

    private IdempotencyKeys() {
    }

    static void check(String key) {
        if (key == null || key.isBlank()) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (!FORMAT.matcher(key).matches()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Idempotency-Key must be 8 to 100 visible ASCII characters.");
        }
    }
}
