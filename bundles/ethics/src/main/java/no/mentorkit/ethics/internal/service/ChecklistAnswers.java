package no.mentorkit.ethics.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.mentorkit.ethics.internal.model.ItemAnswer;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRules;
import no.mentorkit.platform.rest.ApiProblem.FieldError;
import no.mentorkit.platform.rest.Validation;

/**
 * Checks a checklist's answers with the form engine's rules (values always; every visible required item when
 * signing) and the module's own per-item comments (free text, never a national identity number).
 */
public final class ChecklistAnswers {

    /** Longest comment on one item. */
    public static final int COMMENT_MAX = 2000;

    private ChecklistAnswers() {
    }

    /** Problems with the answers, each naming {@code answers.<item>} or {@code answers.<item>.comment}. */
    public static List<FieldError> problems(FormDefinition form, Map<String, ItemAnswer> answers, boolean signing) {
        List<FieldError> errors = new ArrayList<>();
        FormRules.validate(form, values(answers), null, signing)
                .forEach(e -> errors.add(new FieldError(e.field(), e.message())));
        for (var e : answers.entrySet()) {
            String comment = e.getValue() == null ? null : e.getValue().comment();
            String field = "answers." + e.getKey() + ".comment";
            if (comment != null && comment.length() > COMMENT_MAX) {
                errors.add(new FieldError(field, "must be at most " + COMMENT_MAX + " characters"));
            }
            if (Validation.looksLikeNationalId(comment)) {
                errors.add(new FieldError(field,
                        "looks like a national identity number; use the case code, never a fødselsnummer"));
            }
        }
        return errors;
    }

    /** What is kept when signing: answers to the items visible with these answers (hidden ones are not part of it). */
    public static Map<String, ItemAnswer> kept(FormDefinition form, Map<String, ItemAnswer> answers) {
        Set<String> visible = FormRules.visibleItems(form, values(answers));
        Map<String, ItemAnswer> kept = new LinkedHashMap<>();
        answers.forEach((id, a) -> {
            if (visible.contains(id) && a != null) {
                kept.put(id, a);
            }
        });
        return kept;
    }

    private static Map<String, Answer> values(Map<String, ItemAnswer> answers) {
        Map<String, Answer> values = new LinkedHashMap<>();
        answers.forEach((id, a) -> values.put(id, new Answer(a == null ? null : a.value(), false, null, null)));
        return values;
    }
}
