package no.mentorkit.library.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Codes;

/** A resource's content before it is stored: from a form, an upload or a file. */
public record Draft(String sourceKey, String title, String summary, String body, String language, List<String> topics,
        List<String> audience, String source, String author, Integer year, String evidence, String access) {

    public Draft {
        topics = listed(topics);
        audience = listed(audience);
    }

    /** An unmodifiable copy that keeps a null element, so that problems() names it instead of the copy failing. */
    private static List<String> listed(List<String> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Whether a value is in a vocabulary; a missing value is not (List.of(...).contains(null) throws). */
    private static boolean in(List<String> vocabulary, String value) {
        return value != null && vocabulary.contains(value);
    }

    /** A problem with one field: its name and what is wrong. */
    public record Problem(String field, String message) {
    }

    /** Every problem at once, so a user or an import log can fix them together. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (title == null || title.isBlank()) {
            p.add(new Problem("title", "is required"));
        } else if (title.length() > 500) {
            p.add(new Problem("title", "must be at most 500 characters"));
        }
        if (summary != null && summary.length() > 4000) {
            p.add(new Problem("summary", "must be at most 4000 characters"));
        }
        if (body == null) {
            p.add(new Problem("body", "is required"));
        }
        if (!in(Codes.LANGUAGES, language)) {
            p.add(new Problem("language", "must be one of " + Codes.LANGUAGES));
        }
        for (int i = 0; i < topics.size(); i++) {
            if (!in(Codes.TOPICS, topics.get(i))) {
                p.add(new Problem("topics[" + i + "]", unknown("topic", topics.get(i))));
            }
        }
        for (int i = 0; i < audience.size(); i++) {
            if (!in(Codes.AUDIENCES, audience.get(i))) {
                p.add(new Problem("audience[" + i + "]", unknown("audience", audience.get(i))));
            }
        }
        if (!in(Codes.EVIDENCE, evidence)) {
            p.add(new Problem("evidence", "must be one of " + Codes.EVIDENCE));
        }
        if (AccessLevel.fromCode(access).isEmpty()) {
            p.add(new Problem("access", "must be one of all, trained, coordinator"));
        }
        if (year != null && (year < 1900 || year > 2100)) {
            p.add(new Problem("year", "must be between 1900 and 2100"));
        }
        for (String[] f : new String[][] {{"source", source}, {"author", author}}) {
            if (f[1] != null && f[1].length() > 500) {
                p.add(new Problem(f[0], "must be at most 500 characters"));
            }
        }
        return p;
    }

    private static String unknown(String what, String value) {
        return value == null ? "is missing" : "unknown " + what + " '" + value + "'";
    }

    /** This draft at the given access level, unless its own is at least as restrictive. */
    public Draft withAccessAtLeast(AccessLevel floor) {
        boolean own = AccessLevel.fromCode(access).map(a -> a.ordinal() >= floor.ordinal())
                .orElse(false);
        return own ? this : new Draft(sourceKey, title, summary, body, language, topics, audience, source, author,
                year, evidence, floor.code());
    }

    public Draft withSourceKey(String key) {
        return new Draft(key, title, summary, body, language, topics, audience, source, author, year, evidence, access);
    }

    /** The stored form of a valid draft, before the store gives it an id. */
    public Resource toResource() {
        return new Resource(0, sourceKey, title.strip(), summary == null ? null : summary.strip(), body, language,
                topics, audience, source, author, year, evidence, AccessLevel.fromCode(access).orElseThrow(), 0, null, null);
    }
}
