package no.mentorkit.forms.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.LintError;
import no.mentorkit.forms.Samples;

class FormLinterTest {

    private static List<LintError> lint(ObjectNode tree) {
        return FormLinter.lint("x.form.json", Samples.bytes(tree)).errors();
    }

    private static ObjectNode item(ObjectNode tree, int section, int item) {
        return (ObjectNode) tree.withArray("sections").get(section).withArray("items").get(item);
    }

    private static void assertRefused(List<LintError> errors, String path, String reasonPart) {
        assertThat(errors).as("errors").anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("x.form.json");
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.reason()).contains(reasonPart);
        });
    }

    @Test
    void theSampleIsAccepted() {
        FormLinter.Result r = FormLinter.lint("sample.form.json", Samples.bytes(Samples.tree("sample.form.json")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.definition().items()).hasSize(8);
        assertThat(r.definition().item("r1").orElseThrow().allowUnknown()).isTrue();
        assertThat(r.definition().judgement().formulationRequired()).isTrue();
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        List<LintError> errors = FormLinter.lint("x.form.json", "{\"id\": \"a\",\n  oops}".getBytes(StandardCharsets.UTF_8))
                .errors();
        assertRefused(errors, "$", "not valid JSON at line 2, column 3");
        assertRefused(FormLinter.lint("x.form.json", "{\"id\":\"a\",\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8))
                .errors(), "$", "Duplicate field 'id'");
    }

    @Test
    void aChecklistSaysWhatItIsAboutAndWhen() {
        ObjectNode t = Samples.tree("sample.form.json");
        t.put("kind", "checklist");
        assertThat(FormLinter.lint("c.form.json", t.toString().getBytes(StandardCharsets.UTF_8)).definition().checklist())
                .isEqualTo(new FormDefinition.Checklist("course", "other"));
        t.putObject("checklist").put("appliesTo", "mentor").put("stage", "onboarding");
        assertThat(FormLinter.lint("c.form.json", t.toString().getBytes(StandardCharsets.UTF_8)).definition().checklist())
                .isEqualTo(new FormDefinition.Checklist("mentor", "onboarding"));
        t.putObject("checklist").put("appliesTo", "mentee").put("colour", "red");
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.checklist.appliesTo", "must be one of [course, mentor]");
        assertRefused(errors, "$.checklist.stage", "is required");
        assertRefused(errors, "$.checklist.colour", "unknown property");
        t.put("kind", "assessment");
        assertRefused(lint(t), "$.checklist", "only a form of kind 'checklist'");
    }

    @Test
    void schemaViolationsAreRefusedWithTheirPath() {
        ObjectNode t = Samples.tree("sample.form.json");
        t.put("id", "Not An Id");
        t.put("version", "1.0");
        t.put("kind", "quiz");
        t.put("colour", "blue");
        t.remove("title");
        t.put("reassessEvery", "every month");
        item(t, 0, 1).put("type", "slider");
        item(t, 0, 4).put("min", "ten");
        item(t, 0, 5).put("pattern", "([a-z");
        item(t, 0, 2).remove("options");
        item(t, 1, 0).put("required", "yes");
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.id", "must be 2 to 64");
        assertRefused(errors, "$.version", "semantic version");
        assertRefused(errors, "$.kind", "'assessment' or 'checklist'");
        assertRefused(errors, "$.colour", "unknown property");
        assertRefused(errors, "$.title", "is required");
        assertRefused(errors, "$.reassessEvery", "ISO-8601 period");
        assertRefused(errors, "$.sections[0].items[1].type", "unknown type 'slider'");
        assertRefused(errors, "$.sections[0].items[4].min", "must be a number");
        assertRefused(errors, "$.sections[0].items[5].pattern", "not a valid regular expression");
        assertRefused(errors, "$.sections[0].items[2].options", "at least one option");
        assertRefused(errors, "$.sections[1].items[0].required", "true or false");
    }

    @Test
    void duplicateIdsAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        item(t, 1, 1).put("id", "r1");
        ((ObjectNode) t.withArray("sections").get(1)).put("id", "basics");
        ((ObjectNode) t.withArray("scales").get(0).withArray("levels").get(1)).put("value", "low");
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.sections[1].items[1].id", "duplicate item id 'r1' (first at $.sections[1].items[0])");
        assertRefused(errors, "$.sections[1].id", "duplicate section id 'basics'");
        assertRefused(errors, "$.scales[0].levels[1].value", "duplicate level value 'low'");
    }

    @Test
    void conditionsOnUnknownItemsAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        ((ObjectNode) item(t, 0, 3).get("visibleWhen").withArray("any").get(0)).put("item", "nowhere");
        item(t, 1, 1).set("visibleWhen", Samples.JSON.createObjectNode().set("all",
                Samples.JSON.createArrayNode().add(Samples.JSON.createObjectNode().put("item", "intro")
                        .put("answered", true))));
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.sections[0].items[3].visibleWhen.any[0].item", "condition refers to unknown item \"nowhere\"");
        assertRefused(errors, "$.sections[1].items[1].visibleWhen.all[0].item", "display item 'intro'");
    }

    @Test
    void cyclicConditionsAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        // concern -> other -> kind -> concern
        item(t, 0, 1).set("visibleWhen", Samples.JSON.createObjectNode().set("any",
                Samples.JSON.createArrayNode().add(Samples.JSON.createObjectNode().put("item", "other")
                        .put("answered", true))));
        List<LintError> errors = lint(t);
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).startsWith("cyclic condition: ")
                .contains("concern").contains("other").contains("kind"));
        ObjectNode self = Samples.tree("sample.form.json");
        item(self, 0, 4).set("visibleWhen", Samples.JSON.createObjectNode().set("any",
                Samples.JSON.createArrayNode().add(Samples.JSON.createObjectNode().put("item", "age")
                        .put("answered", true))));
        assertRefused(lint(self), "$.sections[0].items[4].visibleWhen.any[0].item", "depends on itself");
    }

    @Test
    void scalesWithoutLevelsAndUnknownScalesAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        t.withArray("scales").add(Samples.JSON.createObjectNode().put("id", "empty").set("levels",
                Samples.JSON.createArrayNode()));
        item(t, 1, 1).put("scale", "nope");
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.scales[1].levels", "at least one level");
        assertRefused(errors, "$.sections[1].items[1].scale", "no scale with id 'nope'");
    }

    @Test
    void missingTranslationsAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        ((ObjectNode) t.get("title")).remove("nn");
        ((ObjectNode) item(t, 0, 1).get("label")).put("en", " ");
        ((ObjectNode) t.withArray("scales").get(0).withArray("levels").get(2).get("label")).remove("nb");
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.title.nn", "missing translation 'nn'");
        assertRefused(errors, "$.sections[0].items[1].label.en", "missing translation 'en'");
        assertRefused(errors, "$.scales[0].levels[2].label.nb", "missing translation 'nb'");
    }

    @Test
    void scoringAndJudgementAreChecked() {
        ObjectNode t = Samples.tree("sample.form.json");
        ((ObjectNode) t.get("scoring").get("weights")).put("ghost", 1).put("code", 1);
        ((ArrayNode) t.get("judgement").withArray("levels")).removeAll();
        List<LintError> errors = lint(t);
        assertRefused(errors, "$.scoring.weights.ghost", "unknown item 'ghost'");
        assertRefused(errors, "$.scoring.weights.code", "only rating, yesno and number");
        assertRefused(errors, "$.judgement.levels", "at least one level");
    }

    @Test
    void patternsNeedingBacktrackingAreRefused() {
        ObjectNode t = Samples.tree("sample.form.json");
        item(t, 0, 5).put("pattern", "(a)\\1");
        assertRefused(lint(t), "$.sections[0].items[5].pattern", "not a valid regular expression");
        item(t, 0, 5).put("pattern", "(?=a)a");
        assertRefused(lint(t), "$.sections[0].items[5].pattern", "not a valid regular expression");
    }
}
