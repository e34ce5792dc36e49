package no.mentorkit.platform.rest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The rules every text a client sends must follow, in one place: the platform applies them to every string of every
 * JSON request body, and modules may apply them to text that arrives otherwise (files, query parameters).
 */
@ProviderType
public final class TextRules {

    /** The earliest date any field accepts: no record in this domain predates it. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date any field accepts; a date past it is a typo or an attempt to last for ever. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    public static final String NATIONAL_ID_MESSAGE =
            "looks like a national identity number; use the case code, never a fødselsnummer";

    /** Digits, each optionally followed by one separator people put in numbers: space, dot, dash, slash. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s./\\-_]?\\d)*");
    /** An ISO date, possibly the start of a date-time; years of any length and sign, as java.time reads them. */
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,10})-(\\d{2})-(\\d{2})(?:[T ].*)?",
            Pattern.DOTALL);

    private TextRules() {
    }

    /**
     * Whether the text holds something written like a fødselsnummer or D-number: eleven digits starting with a
     * plausible date, however they are split (spaces, dots, dashes, slashes), in fullwidth or other Unicode digits,
     * or with invisible characters between them.
     */
    public static boolean looksLikeNationalId(String text) {
        if (text == null || text.length() < 11) {
            return false;
        }
        Matcher run = DIGIT_RUN.matcher(normalise(text));
        while (run.find()) {
            String digits = run.group().replaceAll("\\D", "");
            if (digits.length() == 11 && plausibleBirthDate(digits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compatibility-normalised (fullwidth and other digits become 0-9), with format characters (zero-width space
     * and joiners, soft hyphen, direction marks) removed, so what a reader sees is what is checked.
     */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.FORMAT) {
                return;
            }
            int digit = Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
            if (digit >= 0) {
                sb.append((char) ('0' + digit));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Day 01-31 (D-numbers add 40), month 01-12 (H-numbers add 40, synthetic test numbers 80). */
    private static boolean plausibleBirthDate(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        boolean dayOk = day >= 1 && day <= 31 || day >= 41 && day <= 71;
        boolean monthOk = month >= 1 && month <= 12 || month >= 41 && month <= 52 || month >= 81 && month <= 92;
        return dayOk && monthOk;
    }

    /**
     * What is wrong with the characters of a text, if anything: NUL and other control characters (except tab and
     * line breaks) and unpaired surrogates, which databases store and clients then cannot read.
     */
    public static Optional<String> badCharacters(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains an unpaired surrogate (invalid Unicode) at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (invalid Unicode) at position " + i);
            }
            if (c == 0) {
                return Optional.of("contains a NUL character at position " + i);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("contains the control character U+" + String.format("%04X", (int) c)
                        + " at position " + i);
            }
        }
        return Optional.empty();
    }

    /** Whether the date is within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static boolean saneDate(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static String dateRangeMessage() {
        return "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE;
    }

    /** A date outside the sane range on the field, with the range as parameters for the UI. */
    public static ApiProblem.FieldError dateRangeError(String field) {
        return new ApiProblem.FieldError(field, dateRangeMessage(), "dateRange",
                Map.of("from", EARLIEST_DATE.toString(), "to", LATEST_DATE.toString()));
    }

    /** Text on the field that looks like a national identity number. */
    public static ApiProblem.FieldError nationalIdError(String field) {
        return new ApiProblem.FieldError(field, NATIONAL_ID_MESSAGE, "nationalId", Map.of());
    }

    /**
     * If the text is written as an ISO date (or starts a date-time with one) outside the sane range, the reason;
     * text that is not a date is not this rule's business.
     */
    public static Optional<String> outOfRangeDate(String text) {
        if (text == null || text.length() < 10 || text.length() > 64) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long year = Long.parseLong(m.group(1));
            if (year < EARLIEST_DATE.getYear() || year > LATEST_DATE.getYear()) {
                return Optional.of(dateRangeMessage());
            }
            LocalDate date = LocalDate.of((int) year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return saneDate(date) ? Optional.empty() : Optional.of(dateRangeMessage());
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Parses an ISO date a module reads from text itself, refusing it outside the sane range. */
    public static LocalDate parseDate(String field, String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!saneDate(date)) {
                throw ApiProblem.invalid(List.of(dateRangeError(field)));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(field,
                    "must be a date written as YYYY-MM-DD", "dateFormat", Map.of())));
        }
    }
}
