package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one place a problem document is assembled, for MVC handlers and the security filters alike. */
public final class Problems {
    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldError> errors) {
        HttpStatus status = HttpStatus.valueOf(code.httpStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? code.defaultMessage() : detail);
        problem.setType(URI.create(code.typeUri()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code.name());
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail of(ErrorCode code) {
        return of(code, code.defaultMessage(), List.of());
    }

    /** The code for a bare HTTP status, when nothing more specific is known about the failure. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
