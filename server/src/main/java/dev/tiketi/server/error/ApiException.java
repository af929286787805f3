package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import java.util.List;

/** A refusal the client can act on: becomes a problem document with {@link #code()}. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> errors;

    public ApiException(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ApiException(ErrorCode code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage(),
                List.of(new FieldError(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
