package no.mentorkit.platform.rest;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of an input before answering, so the user can fix them all at once. */
public final class Validation {

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /** Records an error on the field unless the condition holds. */
    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new ApiProblem.FieldError(field, message));
        }
        return this;
    }

    public Validation required(String field, Object value) {
        return check(value != null && !(value instanceof String s && s.isBlank()), field, "is required");
    }

    public Validation maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** Throws a 400 problem naming every invalid field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
