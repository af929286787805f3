package dev.tiketi.model.catalog;

import dev.tiketi.model.error.FieldError;
import java.util.List;

/** Section specs that cannot be laid out: every field at fault, with the {@code VenueRequest} path of each. */
public final class InvalidLayoutException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidLayoutException(List<FieldError> errors) {
        super(errors.size() + " layout field(s) not valid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
