package no.mentorkit.platform.internal.rest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.TextRules;

/**
 * The text rules applied to every string of every JSON request body, before any module sees it, so a new field of a
 * new module is covered without anyone remembering to: no NUL, control characters or unpaired surrogates, no date
 * outside the sane range, and no fødselsnummer however it is written. Each refusal names the field by its path
 * ({@code languages[0].code}); keys are checked as well as values, since maps of answers are keyed by the client.
 */
final class BodyGuard {

    /** Secrets are not free text: a password may hold eleven digits, and it is never stored as written. */
    private static final Set<String> SECRETS = Set.of("password", "newPassword", "currentPassword");
    private static final int MAX_ERRORS = 20;

    private BodyGuard() {
    }

    /** Throws a 400 problem naming every offending field, if any. */
    static void check(JsonNode body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        walk(body, "", false, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static void walk(JsonNode node, String at, boolean secret, List<ApiProblem.FieldError> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        if (node.isTextual()) {
            text(at.isEmpty() ? "$" : at, node.textValue(), secret, errors);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                Optional<String> badKey = TextRules.badCharacters(e.getKey());
                if (badKey.isPresent()) {
                    errors.add(new ApiProblem.FieldError(at.isEmpty() ? "$" : at, "has a field name that "
                            + badKey.get()));
                    continue;
                }
                walk(e.getValue(), path, secret || SECRETS.contains(e.getKey()), errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "[" + i + "]", secret, errors);
            }
        }
    }

    private static void text(String field, String value, boolean secret, List<ApiProblem.FieldError> errors) {
        Optional<String> bad = TextRules.badCharacters(value);
        if (bad.isPresent()) {
            errors.add(new ApiProblem.FieldError(field, bad.get()));
            return;
        }
        if (secret) {
            return;
        }
        Optional<String> date = TextRules.outOfRangeDate(value);
        if (date.isPresent()) {
            errors.add(TextRules.dateRangeError(field));
        } else if (TextRules.looksLikeNationalId(value)) {
            errors.add(TextRules.nationalIdError(field));
        }
    }
}
