package no.mentorkit.registry.internal.service;

import java.util.regex.Pattern;

import no.mentorkit.platform.rest.Validation;

/** Checks shared by every input: case codes, and no national identity numbers in free text. */
public final class TextRules {

    /** Pseudonymous case code: 2 to 5 letters, a year, a serial, e.g. {@code BGO-2026-014}. */
    public static final Pattern CASE_CODE = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{3,4}");

    /** Eleven digits in a row, optionally split after the date part as people write fødselsnummer. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{6}[ .-]?\\d{5}(?!\\d)");

    private TextRules() {
    }

    public static boolean looksLikeNationalId(String text) {
        return text != null && NATIONAL_ID.matcher(text).find();
    }

    /** Free text: at most {@code max} characters and nothing that looks like a national identity number. */
    public static void freeText(Validation v, String field, String text, int max) {
        v.maxLength(field, text, max);
        v.check(!looksLikeNationalId(text), field,
                "looks like a national identity number; use the case code, never a fødselsnummer");
    }

    public static void caseCode(Validation v, String field, String code) {
        v.required(field, code);
        v.check(code == null || CASE_CODE.matcher(code).matches(), field,
                "must look like ABC-2026-014 (2-5 capital letters, a year, a 3-4 digit serial)");
    }

    public static void oneOf(Validation v, String field, String value, java.util.List<String> allowed,
            boolean required) {
        if (required) {
            v.required(field, value);
        }
        v.check(value == null || allowed.contains(value), field, "must be one of " + String.join(", ", allowed));
    }
}
