package dev.tiketi.model.error;

/** One invalid field of a request, as listed in a VALIDATION_FAILED problem's {@code errors}. */
public record FieldError(String field, String message) {
}
