package no.mentorkit.forms.internal.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.AnswerError;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRules;
import no.mentorkit.forms.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRulesTest {

    private final FormDefinition form = Samples.definition(Samples.tree("sample.form.json"));
    private final Map<String, Answer> answers = new HashMap<>();

    private void answer(String item, Object value) {
        answers.put(item, new Answer(value, false, null, null));
    }

    private List<String> fields(List<AnswerError> errors) {
        return errors.stream().map(AnswerError::field).toList();
    }

    @Test
    void itemsWithoutConditionsAreVisibleAndConditionalOnesFollowAnswers() {
        assertThat(AnswerRules.visibleItems(form, answers)).containsExactly("intro", "concern", "age", "code", "r1");
        answer("concern", true);
        assertThat(AnswerRules.visibleItems(form, answers)).contains("kind").doesNotContain("other");
        answer("kind", "other");
        assertThat(AnswerRules.visibleItems(form, answers)).contains("kind", "other");
    }

    @Test
    void hidingAnItemHidesTheChainThatDependsOnIt() {
        answer("concern", true);
        answer("kind", "other");
        answer("concern", false);
        // kind is hidden now, so its stale answer no longer shows 'other'
        assertThat(AnswerRules.visibleItems(form, answers)).doesNotContain("kind", "other");
    }

    @Test
    void anyHoldsWhenOneClauseHoldsAndInMatchesAList() {
        assertThat(AnswerRules.visibleItems(form, answers)).doesNotContain("p1");
        answer("r1", "low");
        assertThat(AnswerRules.visibleItems(form, answers)).doesNotContain("p1");
        answer("r1", "high");
        assertThat(AnswerRules.visibleItems(form, answers)).contains("p1");
        answer("r1", "low");
        answer("age", 30);
        assertThat(AnswerRules.visibleItems(form, answers)).as("answered: true").contains("p1");
    }

    @Test
    void allNeedsEveryClauseAndNestedGroupsWork() {
        ObjectNode t = Samples.tree("sample.form.json");
        ObjectNode p1 = (ObjectNode) t.withArray("sections").get(1).withArray("items").get(1);
        p1.set("visibleWhen", Samples.JSON.valueToTree(Map.of("all", List.of(
                Map.of("item", "concern", "equals", true),
                Map.of("any", List.of(Map.of("item", "age", "equals", 30.0), Map.of("item", "r1", "equals", "high")))))));
        FormDefinition nested = Samples.definition(t);
        answer("concern", true);
        assertThat(AnswerRules.visibleItems(nested, answers)).doesNotContain("p1");
        answer("age", 30);
        assertThat(AnswerRules.visibleItems(nested, answers)).as("30 equals 30.0").contains("p1");
        answer("concern", false);
        assertThat(AnswerRules.visibleItems(nested, answers)).doesNotContain("p1");
    }

    @Test
    void onlyVisibleRequiredItemsAreRequired() {
        List<AnswerError> errors = AnswerRules.validate(form, answers, null, true);
        assertThat(fields(errors)).containsExactlyInAnyOrder("answers.concern", "answers.r1", "judgement.level",
                "judgement.formulation");
        answer("concern", true);
        assertThat(fields(AnswerRules.validate(form, answers, null, true))).contains("answers.kind")
                .doesNotContain("answers.other");
        answer("kind", "other");
        assertThat(fields(AnswerRules.validate(form, answers, null, true))).contains("answers.other");
    }

    @Test
    void draftsAreCheckedForWellFormedValuesOnly() {
        answer("age", 5);
        answer("code", "abc");
        assertThat(AnswerRules.validate(form, answers, null, false)).extracting(AnswerError::field, AnswerError::message)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("answers.age", "must be at least 10"),
                        Tuple.tuple("answers.code", "does not have the expected format"));
    }

    @Test
    void valuesAreCheckedAgainstTheirItem() {
        answer("concern", "yes");
        answer("age", 120);
        answer("r1", "extreme");
        answer("nosuch", "x");
        answer("intro", "x");
        assertThat(AnswerRules.validate(form, answers, null, false)).extracting(AnswerError::field).containsExactlyInAnyOrder(
                "answers.concern", "answers.age", "answers.r1", "answers.nosuch", "answers.intro");
    }

    @Test
    void unknownNeedsPermissionAndAReason() {
        answers.put("r1", new Answer(null, true, " ", null));
        answers.put("concern", new Answer(null, true, "not known yet", null));
        List<AnswerError> errors = AnswerRules.validate(form, answers, new FinalJudgement("low", "Reasons."), true);
        assertThat(errors).extracting(AnswerError::field, AnswerError::message).containsExactlyInAnyOrder(
                Tuple.tuple("answers.r1", "give the reason it is unknown"),
                Tuple.tuple("answers.concern", "this item cannot be left unknown"));
        answers.put("r1", new Answer(null, true, "no information", null));
        answer("concern", false);
        assertThat(AnswerRules.validate(form, answers, new FinalJudgement("low", "Reasons."), true)).isEmpty();
    }

    @Test
    void theJudgementIsTheAssessorsAndItsFormulationIsRequired() {
        answer("concern", false);
        answer("r1", "high");
        assertThat(fields(AnswerRules.validate(form, answers, new FinalJudgement("medium", ""), true)))
                .containsExactlyInAnyOrder("judgement.level", "judgement.formulation");
        assertThat(AnswerRules.validate(form, answers, new FinalJudgement("low", "Protective network outweighs."), true))
                .as("a low judgement despite a high rating is the assessor's to make").isEmpty();
    }

    @Test
    void scoringSumsWeightedAnswersWhereTheFormDefinesIt() {
        answer("concern", true);
        answer("r1", "moderate");
        FormRules.Score s = AnswerRules.score(form, answers).orElseThrow();
        assertThat(s.total()).isEqualTo(3.0);
        assertThat(s.band()).containsEntry("en", "High");
        answers.put("r1", new Answer(null, true, "no information", null));
        assertThat(AnswerRules.score(form, answers).orElseThrow().total()).as("unknown counts nothing").isEqualTo(1.0);
        ObjectNode t = Samples.tree("sample.form.json");
        t.remove("scoring");
        assertThat(AnswerRules.score(Samples.definition(t), answers)).as("no scoring, no score").isEmpty();
    }

    @Test
    void anAdminsPatternRunsInLinearTime() {
        // Issue 16 item 12: (.*a){12} against thirty a's and a '!' backtracks for many seconds in java.util.regex.
        ObjectNode tree = Samples.tree("sample.form.json");
        ((ObjectNode) tree.path("sections").get(0).path("items").get(5)).put("pattern", "(.*a){12}");
        FormDefinition slow = Samples.definition(tree);
        answer("code", "a".repeat(30) + "!");
        long start = System.nanoTime();
        List<AnswerError> errors = Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> AnswerRules.validate(slow, answers, null, false));
        assertThat(fields(errors)).contains("answers.code");
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void aDateAnswerOutsideTheSaneRangeIsRefused() {
        ObjectNode tree = Samples.tree("sample.form.json");
        ObjectNode code = (ObjectNode) tree.path("sections").get(0).path("items").get(5);
        code.put("type", "date");
        code.remove("pattern");
        FormDefinition dated = Samples.definition(tree);
        answer("code", "+999999999-12-31");
        assertThat(fields(AnswerRules.validate(dated, answers, null, false))).contains("answers.code");
    }
}
