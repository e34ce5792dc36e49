package no.mentorkit.forms.internal.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.LintError;
import no.mentorkit.forms.internal.model.FormLinter;

/**
 * Questionnaires as other tools write them (fictional test data in src/test/resources/fhir): what Mentorkit can
 * represent comes in, anything else is refused with its FHIR path and the reason, never dropped.
 */
class QuestionnaireImportTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = QuestionnaireImportTest.class.getResourceAsStream("/fhir/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> reasons(List<LintError> errors) {
        return errors.stream().collect(java.util.stream.Collectors.toMap(LintError::path, LintError::reason,
                (a, b) -> a + "; " + b));
    }

    @Test
    void constructsMentorkitCannotRepresentAreEachRefusedWithTheirFhirPath() throws IOException {
        QuestionnaireImport.Result r = QuestionnaireImport.read("foreign-screening.questionnaire.json",
                resource("foreign-screening.questionnaire.json"));

        assertThat(r.ok()).isFalse();
        assertThat(r.id()).isEqualTo("foreign-screening");
        assertThat(r.version()).isEqualTo("2.0.0");
        Map<String, String> reasons = reasons(r.errors());
        assertThat(reasons).containsKeys("Questionnaire.item[0].type", "Questionnaire.item[1].answerValueSet",
                "Questionnaire.item[2].initial", "Questionnaire.item[2].readOnly",
                "Questionnaire.item[2].extension('http://hl7.org/fhir/StructureDefinition/questionnaire-hidden')",
                "Questionnaire.item[3].item[0]", "Questionnaire.item[3].item[1].code",
                "Questionnaire.item[3].item[1].enableWhen[0].operator");
        assertThat(reasons.get("Questionnaire.item[0].type")).contains("integer");
        assertThat(reasons.get("Questionnaire.item[3].item[0]")).contains("one level of sections");
        assertThat(reasons.get("Questionnaire.item[3].item[1].enableWhen[0].operator")).contains("'>'");
        assertThat(r.errors()).allMatch(e -> e.file().equals("foreign-screening.questionnaire.json"));
    }

    @Test
    void aPlainQuestionnaireComesInWithLooseQuestionsAsASectionAndItsConditions() throws IOException {
        assertThat(QuestionnaireImport.read("p.questionnaire.json", resource("foreign-plain.questionnaire.json"))
                .errors()).isEmpty();
        // The second option has no nn/en display: the linter says so, named by the FHIR path it came from.
        List<LintError> named = QuestionnaireImport.lint("p.questionnaire.json",
                resource("foreign-plain.questionnaire.json")).errors();
        assertThat(named).extracting(LintError::path).containsOnly(
                "Questionnaire.item[1] (options[1].label.nn)", "Questionnaire.item[1] (options[1].label.en)");

        byte[] fixed = new String(resource("foreign-plain.questionnaire.json"), StandardCharsets.UTF_8)
                .replace("{\"code\": \"meeting\", \"display\": \"Møte\"}", "{\"code\": \"meeting\", \"display\": "
                        + "\"Møte\", \"_display\": {\"extension\": [" + translation("nn", "Møte") + ","
                        + translation("en", "Meeting") + "]}}").getBytes(StandardCharsets.UTF_8);
        QuestionnaireImport.Result ok = QuestionnaireImport.read("p.questionnaire.json", fixed);
        FormLinter.Result clean = FormLinter.lint("p", ok.definition());
        assertThat(clean.errors()).isEmpty();
        FormDefinition def = clean.definition();
        assertThat(def.kind()).isEqualTo(FormDefinition.ASSESSMENT);
        assertThat(def.sections()).hasSize(1);
        assertThat(def.sections().get(0).title()).isEqualTo(def.title());
        Item how = def.item("how").orElseThrow();
        assertThat(how.type()).isEqualTo("single");
        assertThat(how.label()).containsEntry("en", "How?");
        assertThat(how.options()).extracting(FormDefinition.Choice::value).containsExactly("phone", "meeting");
        assertThat(how.visibleWhen().all()).singleElement()
                .satisfies(c -> assertThat(c.item()).isEqualTo("contact"))
                .satisfies(c -> assertThat(c.equalTo()).isEqualTo(true));
        assertThat(def.item("contact").orElseThrow().required()).isTrue();
    }

    @Test
    void anUnknownElementIsRefusedNotIgnored() {
        byte[] typo = "{\"resourceType\":\"Questionnaire\",\"version\":\"1.0.0\",\"titel\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8);
        QuestionnaireImport.Result r = QuestionnaireImport.read("t.questionnaire.json", typo);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("Questionnaire");
            assertThat(e.reason()).contains("titel");
        });
    }

    @Test
    void aQuestionnaireWithoutAVersionIsRefused() {
        byte[] noVersion = "{\"resourceType\":\"Questionnaire\",\"id\":\"x-form\",\"status\":\"draft\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(QuestionnaireImport.read("v.questionnaire.json", noVersion).errors())
                .extracting(LintError::path).containsExactly("Questionnaire.version");
    }

    @Test
    void malformedPartsAreRefusedNotThrown() {
        String mk = Fhir.MENTORKIT;
        byte[] odd = ("{\"resourceType\":\"Questionnaire\",\"id\":\"odd\",\"version\":\"1.0.0\","
                + "\"extension\":[{\"url\":\"" + mk + "form\",\"valueString\":\"[1,2]\"}],"
                + "\"item\":[{\"linkId\":\"g\",\"type\":\"group\",\"extension\":[{\"url\":\"" + mk
                + "description\",\"valueBoolean\":true}],\"item\":[{\"linkId\":\"a\",\"type\":\"boolean\","
                + "\"extension\":[{\"url\":\"" + mk + "evidence\",\"valueString\":\"yes\"},{\"url\":\"" + mk
                + "visibleWhen\"}],\"enableWhen\":[{\"question\":\"b\",\"answerBoolean\":true}]}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        QuestionnaireImport.Result r = QuestionnaireImport.read("odd.questionnaire.json", odd);
        assertThat(reasons(r.errors())).containsKeys("Questionnaire.extension('" + mk + "form')",
                "Questionnaire.item[0].extension('" + mk + "description')",
                "Questionnaire.item[0].item[0].extension('" + mk + "evidence')",
                "Questionnaire.item[0].item[0].extension('" + mk + "visibleWhen')",
                "Questionnaire.item[0].item[0].enableWhen[0].operator");
    }

    private static String translation(String lang, String text) {
        return "{\"url\": \"" + Fhir.TRANSLATION + "\", \"extension\": [{\"url\": \"lang\", \"valueCode\": \"" + lang
                + "\"}, {\"url\": \"content\", \"valueString\": \"" + text + "\"}]}";
    }
}
