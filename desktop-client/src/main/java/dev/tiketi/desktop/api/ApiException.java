package dev.tiketi.desktop.api;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * The server said no (an RFC 7807 problem, with its stable {@code code}), or could not be reached
 * ({@code code} {@value #UNREACHABLE}). Screens show {@code code} translated, never this text raw.
 */
public final class ApiException extends RuntimeException {
    public static final String UNREACHABLE = "UNREACHABLE";

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiException(int status, String code, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The problem's field errors (VALIDATION_FAILED): which field, and the server's words for it; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public int status() {
        return status;
    }

    /** The server could not be reached at all (no answer, so no code). */
    public boolean unreachable() {
        return UNREACHABLE.equals(code);
    }

    /** The raw code: an {@link ErrorCode} name, {@value #UNREACHABLE}, or "HTTP_" and the status for a body without one. */
    public String code() {
        return code;
    }

    /**
     * The server's stable code as the shared enum; empty when the server could not be reached, sent no code, or
     * sent one this client does not know yet (a newer server): callers then treat it as any other refusal.
     */
    public Optional<ErrorCode> error() {
        try {
            return Optional.of(ErrorCode.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public boolean is(ErrorCode expected) {
        return error().filter(expected::equals).isPresent();
    }
}
