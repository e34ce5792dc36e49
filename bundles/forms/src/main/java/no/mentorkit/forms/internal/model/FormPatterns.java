package no.mentorkit.forms.internal.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The {@code pattern} of a text item, which an administrator uploads, compiled with RE2/J: matching takes time
 * linear in the input whatever the pattern, so no pattern can make validating an answer take minutes (Java's own
 * engine backtracks exponentially on patterns such as {@code (.*a){12}}). RE2 has no look-around and no
 * back-references; the linter refuses those, naming the pattern.
 */
public final class FormPatterns {

    /** Longer than any sensible format rule; keeps the compiled automaton small. */
    static final int MAX_LENGTH = 500;
    private static final int CACHE_LIMIT = 512;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private FormPatterns() {
    }

    /** What is wrong with the pattern, or null when it compiles. */
    static String problem(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        try {
            compiled(pattern);
            return null;
        } catch (PatternSyntaxException e) {
            return "not a valid regular expression for the linear-time engine (RE2: no look-around or "
                    + "back-references): " + e.getDescription();
        }
    }

    /** Whether the whole text matches; a pattern the linter would refuse matches nothing. */
    public static boolean matches(String pattern, String text) {
        try {
            return pattern.length() <= MAX_LENGTH && compiled(pattern).matches(text);
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Pattern compiled(String pattern) {
        Pattern p = COMPILED.get(pattern);
        if (p == null) {
            p = Pattern.compile(pattern);
            if (COMPILED.size() >= CACHE_LIMIT) {
                COMPILED.clear();
            }
            COMPILED.put(pattern, p);
        }
        return p;
    }
}
