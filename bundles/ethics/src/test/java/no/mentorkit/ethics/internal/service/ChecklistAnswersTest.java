package no.mentorkit.ethics.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.Checklists;
import no.mentorkit.ethics.internal.model.ItemAnswer;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;
import no.mentorkit.platform.rest.ApiProblem.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped start checklist checked by the form engine's rules plus the module's comment rules. */
class ChecklistAnswersTest {

    private final FormDefinition start = Checklists.shipped("course-start");

    /** Every visible required item answered: yes, legal basis consent, adult. */
    static Map<String, ItemAnswer> complete(FormDefinition form) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        form.items().filter(Item::answerable).forEach(i -> answers.put(i.id(), new ItemAnswer(switch (i.type()) {
            case "single" -> i.options().get(0).value();
            default -> true;
        }, null)));
        return answers;
    }

    @Test
    void aDraftMayBeIncompleteButSigningNamesEveryMissingItem() {
        Map<String, ItemAnswer> some = Map.of("police-certificate-seen", new ItemAnswer(true, "Seen"));
        assertThat(ChecklistAnswers.problems(start, some, false)).isEmpty();
        List<FieldError> errors = ChecklistAnswers.problems(start, some, true);
        assertThat(errors).extracting(FieldError::field).contains("answers.mentor-trained", "answers.under-18")
                .doesNotContain("answers.police-certificate-seen", "answers.guardians-informed");
    }

    @Test
    void conditionalItemsAreRequiredOnlyWhenShownAndHiddenAnswersAreNotKept() {
        Map<String, ItemAnswer> answers = complete(start);
        answers.put("under-18", new ItemAnswer(true, null));
        answers.remove("guardians-informed");
        assertThat(ChecklistAnswers.problems(start, answers, true)).extracting(FieldError::field)
                .containsExactly("answers.guardians-informed");
        answers.put("under-18", new ItemAnswer(false, null));
        assertThat(ChecklistAnswers.problems(start, answers, true)).isEmpty();
        answers.put("guardians-informed", new ItemAnswer(true, "hidden now"));
        assertThat(ChecklistAnswers.kept(start, answers)).doesNotContainKey("guardians-informed")
                .containsKey("under-18");
    }

    @Test
    void valuesAndCommentsAreChecked() {
        Map<String, ItemAnswer> answers = complete(start);
        answers.put("mentor-trained", new ItemAnswer(("maybe"), null));
        answers.put("told-what-recorded", new ItemAnswer(true, "Fødselsnummer 010190 12345 skrevet"));
        answers.put("case-code", new ItemAnswer(true, "x".repeat(ChecklistAnswers.COMMENT_MAX + 1)));
        answers.put("no-such-item", new ItemAnswer(true, null));
        assertThat(ChecklistAnswers.problems(start, answers, false)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "answers.mentor-trained", "answers.told-what-recorded.comment", "answers.case-code.comment",
                "answers.no-such-item");
    }
}
