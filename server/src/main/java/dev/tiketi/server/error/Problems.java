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
}
