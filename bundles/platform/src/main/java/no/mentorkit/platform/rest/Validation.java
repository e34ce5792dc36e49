package no.mentorkit.platform.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ProviderType;

/** Collects every invalid field of an input before answering, so the user can fix them all at once. */
@ProviderType
public final class Validation {

    /** Pseudonymous case code: 2 to 5 capital letters, a year, a serial, e.g. {@code BGO-2026-014}. */
    public static final Pattern CASE_CODE = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{3,4}");

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    public static boolean looksLikeNationalId(String text) {
        return TextRules.looksLikeNationalId(text);
    }

    /** A date within the range every date field accepts ({@link TextRules#EARLIEST_DATE} to LATEST_DATE). */
    public Validation date(String field, LocalDate date) {
        return check(TextRules.saneDate(date), TextRules.dateRangeError(field));
    }

    /** Records an error on the field unless the condition holds. */
    public Validation check(boolean ok, String field, String message) {
        return check(ok, new ApiProblem.FieldError(field, message));
    }

    /** Records the error, with its code and parameters for the UI, unless the condition holds. */
    public Validation check(boolean ok, ApiProblem.FieldError error) {
        if (!ok) {
            errors.add(error);
        }
        return this;
    }

    public Validation required(String field, Object value) {
        return check(value != null && !(value instanceof String s && s.isBlank()),
                new ApiProblem.FieldError(field, "is required", "required", Map.of()));
    }

    public Validation maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, new ApiProblem.FieldError(field,
                "must be at most " + max + " characters", "tooLong", Map.of("max", max)));
    }

    /** Free text: at most {@code max} characters and nothing that looks like a national identity number. */
    public Validation freeText(String field, String text, int max) {
        maxLength(field, text, max);
        return check(!looksLikeNationalId(text), TextRules.nationalIdError(field));
    }

    /** A required pseudonymous case code (mentees are never named). */
    public Validation caseCode(String field, String code) {
        required(field, code);
        return check(code == null || CASE_CODE.matcher(code).matches(), new ApiProblem.FieldError(field,
                "must look like ABC-2026-014 (2-5 capital letters, a year, a 3-4 digit serial)", "caseCode", Map.of()));
    }

    /** A code from a closed list; {@code null} passes unless required. */
    public Validation oneOf(String field, String value, Collection<String> allowed, boolean required) {
        if (required) {
            required(field, value);
        }
        return check(value == null || allowed.contains(value), new ApiProblem.FieldError(field,
                "must be one of " + String.join(", ", allowed), "oneOf", Map.of("allowed", List.copyOf(allowed))));
    }

    /** Throws a 400 problem naming every invalid field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
