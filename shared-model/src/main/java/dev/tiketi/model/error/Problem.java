package dev.tiketi.model.error;

import java.util.List;

/**
 * The RFC 7807 problem document as clients read it: {@code code} is one of {@link ErrorCode}'s names.
 * {@code errors} is present for VALIDATION_FAILED only.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {
}
