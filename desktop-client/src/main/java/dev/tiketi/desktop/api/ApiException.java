package dev.tiketi.desktop.api;

import dev.tiketi.model.error.ErrorCode;
import java.util.Optional;

/**
 * The server said no (an RFC 7807 problem, with its stable {@code code}), or could not be reached
 * ({@code code} {@value #UNREACHABLE}). Screens show {@code code} translated, never this text raw.
 */
public final class ApiException extends RuntimeException {
    public static final String UNREACHABLE = "UNREACHABLE";

    private final int status;
    private final String code;

    public ApiException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The problem's code as the protocol's enum; empty when unreachable or a code this client does not know. */
    public Optional<ErrorCode> error() {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorCode.valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public boolean is(ErrorCode expected) {
        return error().filter(expected::equals).isPresent();
    }
}
