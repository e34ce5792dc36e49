package no.mentorkit.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.mentorkit.forms.internal.service.AnswerRules;

/**
 * What a filled-in form means, for the modules that fill forms: which items are visible, whether the answers are
 * acceptable, and the score where the form defines one. The rules themselves are the engine's and stay private;
 * the browser renderer ({@code /ui/forms/renderer.js}) mirrors {@link #visibleItems}, but the server's answer is
 * the one that counts.
 */
public final class FormRules {

    /** A score and the band it falls in. */
    public record Score(double total, Map<String, String> band) {
    }

    private FormRules() {
    }

    /** Ids of the visible items (display items included), in form order. */
    public static Set<String> visibleItems(FormDefinition form, Map<String, Answer> answers) {
        return AnswerRules.visibleItems(form, answers);
    }

    /**
     * Checks answers. A draft ({@code complete = false}) is checked for well-formed values only; a submission also
     * needs every visible required item answered (or marked unknown with a reason where allowed) and, for a form
     * with a final judgement, its level and formulation.
     */
    public static List<AnswerError> validate(FormDefinition form, Map<String, Answer> answers,
            FinalJudgement judgement, boolean complete) {
        return AnswerRules.validate(form, answers, judgement, complete);
    }

    /** The score, only for a form that defines scoring; never a judgement. */
    public static Optional<Score> score(FormDefinition form, Map<String, Answer> answers) {
        return AnswerRules.score(form, answers);
    }
}
