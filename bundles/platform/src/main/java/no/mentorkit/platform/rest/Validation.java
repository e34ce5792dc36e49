package no.mentorkit.platform.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every invalid field of an input before answering, so the user can fix them all at once. */
public final class Validation {

    /** Pseudonymous case code: 2 to 5 capital letters, a year, a serial, e.g. {@code BGO-2026-014}. */
    public static final Pattern CASE_CODE = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{3,4}");

    /** Eleven digits in a row, optionally split after the date part as people write a fødselsnummer. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{6}[ .-]?\\d{5}(?!\\d)");

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    public static boolean looksLikeNationalId(String text) {
        return text != null && NATIONAL_ID.matcher(text).find();
    }

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

    /** Free text: at most {@code max} characters and nothing that looks like a national identity number. */
    public Validation freeText(String field, String text, int max) {
        maxLength(field, text, max);
        return check(!looksLikeNationalId(text), field,
                "looks like a national identity number; use the case code, never a fødselsnummer");
    }

    /** A required pseudonymous case code (mentees are never named). */
    public Validation caseCode(String field, String code) {
        required(field, code);
        return check(code == null || CASE_CODE.matcher(code).matches(), field,
                "must look like ABC-2026-014 (2-5 capital letters, a year, a 3-4 digit serial)");
    }

    /** A code from a closed list; {@code null} passes unless required. */
    public Validation oneOf(String field, String value, Collection<String> allowed, boolean required) {
        if (required) {
            required(field, value);
        }
        return check(value == null || allowed.contains(value), field, "must be one of " + String.join(", ", allowed));
    }

    /** Throws a 400 problem naming every invalid field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
