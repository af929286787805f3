package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception into an RFC 7807 problem with a stable {@code code}. Spring's own MVC exceptions
 * arrive through {@link #handleExceptionInternal}; ours and the rest through the handlers below. Anything
 * unexpected is a 500 whose detail says nothing about the inside (the log has it).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ResponseEntity<ProblemDetail> response = respond(Problems.of(e.code(), e.getMessage(), e.errors()));
        if (e instanceof RetryLaterException later) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(later.retryAfterSeconds())).body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(Problems.of(ErrorCode.INVALID_PARAMETER, ErrorCode.INVALID_PARAMETER.defaultMessage(), errors));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(ErrorCode.CONFLICT));
    }

    @ExceptionHandler({RedisConnectionFailureException.class, CannotGetJdbcConnectionException.class,
            QueryTimeoutException.class, TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.error("a backing service is unavailable: {}", e.toString());
        return respond(Problems.of(ErrorCode.SERVICE_UNAVAILABLE));
    }

    // Method security (@PreAuthorize) throws inside MVC; hand these back to the security filters' rules.
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(Problems.of(ErrorCode.FORBIDDEN));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(ErrorCode.UNAUTHENTICATED));
    }

    /**
     * The firewall refused a parameter or header that a controller read (it checks them lazily). Its message
     * quotes the value, which may be a token: not logged.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return respond(Problems.of(ErrorCode.INVALID_REQUEST));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        return respond(Problems.of(ErrorCode.INTERNAL_ERROR));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(validation(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        ErrorCode code = ex.getParameterValidationResults().stream()
                .anyMatch(r -> r.getMethodParameter().hasParameterAnnotation(
                        org.springframework.web.bind.annotation.RequestBody.class))
                ? ErrorCode.VALIDATION_FAILED : ErrorCode.INVALID_PARAMETER;
        return asObject(respond(Problems.of(code, code.defaultMessage(), errors)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ErrorCode code = codeFor(ex, statusCode);
        String detail = code == ErrorCode.MALFORMED_REQUEST ? malformedDetail(ex) : code.defaultMessage();
        if (code == ErrorCode.INVALID_PARAMETER && ex instanceof TypeMismatchException tm && tm.getPropertyName() != null) {
            detail = "Parameter '" + tm.getPropertyName() + "' has a value of the wrong type.";
        }
        if (ex instanceof MissingRequestHeaderException mh) {
            detail = "Header '" + mh.getHeaderName() + "' is required.";
        }
        ProblemDetail problem = Problems.of(code, detail, List.of());
        return new ResponseEntity<>(problem, headers, HttpStatusCode.valueOf(code.httpStatus()));
    }

    private static ErrorCode codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMessageNotReadableException && causedByTooLarge(ex)) {
            return ErrorCode.PAYLOAD_TOO_LARGE;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return ErrorCode.MALFORMED_REQUEST;
        }
        if (ex instanceof TypeMismatchException || ex instanceof ServletRequestBindingException) {
            return ErrorCode.INVALID_PARAMETER;
        }
        if (ex instanceof NoResourceFoundException) {
            return ErrorCode.NOT_FOUND;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ErrorCode.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return ErrorCode.NOT_ACCEPTABLE;
        }
        return Problems.forStatus(status.value());
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Says which field was wrong without echoing the parser's internals. */
    private static String malformedDetail(Exception ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof tools.jackson.databind.DatabindException de && !de.getPath().isEmpty()) {
            String field = de.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            return "Field '" + field + "' is missing or has a value of the wrong type.";
        }
        return ErrorCode.MALFORMED_REQUEST.defaultMessage();
    }

    private static ResponseEntity<ProblemDetail> validation(BindingResult result) {
        List<FieldError> errors = result.getFieldErrors().stream()
                .map(fe -> new FieldError(fe.getField(), fe.getDefaultMessage()))
                .toList();
        List<FieldError> global = result.getGlobalErrors().stream()
                .map(ge -> new FieldError(ge.getObjectName(), ge.getDefaultMessage()))
                .toList();
        List<FieldError> all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        return respond(Problems.of(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage(), all));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
