package no.mentorkit.forms.internal.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.internal.model.FormLinter;

/**
 * Exports checked against the FHIR R4 base schemas (HAPI's schema validator with the R4 validation resources).
 * The schemas check structure, element order, cardinality and data types; HAPI's profile validator module, which
 * would also check the invariants, is not served by the registry here.
 */
class FhirSchemaTest {

    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        FhirValidator v = Fhir.context().newValidator();
        v.setValidateAgainstStandardSchema(true);
        v.setValidateAgainstStandardSchematron(false);
        return v;
    }

    static List<Path> shippedForms() throws IOException {
        return QuestionnaireRoundTripTest.shippedForms().toList();
    }

    @ParameterizedTest
    @MethodSource("shippedForms")
    void everyShippedFormExportsAsAValidQuestionnaire(Path file) throws IOException {
        assertValid(QuestionnaireExport.questionnaire(definition(file), FormStatus.PUBLISHED));
    }

    @Test
    void aFilledInAssessmentExportsAsAValidQuestionnaireResponse() throws IOException {
        FormDefinition def = definition(Path.of("../assessment/src/main/resources/forms/progress-review.form.json"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        def.items().filter(Item::answerable).forEach(i -> answers.put(i.id(), new Answer(value(def, i), false, null,
                i.evidence() ? "Fiktivt notat" : null)));
        String unknown = def.items().filter(Item::allowUnknown).findFirst().orElseThrow().id();
        answers.put(unknown, new Answer(null, true, "Ikke nok informasjon (fiktivt)", null));

        QuestionnaireResponse r = ResponseExport.response(def, answers, new FinalJudgement(
                def.judgement().levels().get(0).value(), "Fiktiv vurdering"), "FIK-2026-001",
                Instant.parse("2026-03-01T10:00:00Z"));
        assertValid(r);

        assertThat(r.getQuestionnaire()).isEqualTo(QuestionnaireExport.CANONICAL + def.id() + "|" + def.version());
        assertThat(r.getSubject().getIdentifier().getValue()).isEqualTo("FIK-2026-001");
        assertThat(r.getSubject().hasDisplay()).as("no names").isFalse();
        long answered = r.getItem().stream().mapToLong(g -> g.getItem().size()).sum();
        assertThat(answered).isEqualTo(answers.size());
    }

    @Test
    void theSchemaCheckCatchesAnItemWithoutItsLinkId() throws IOException {
        var q = QuestionnaireExport.questionnaire(definition(shippedForms().get(0)), FormStatus.DRAFT);
        q.getItem().get(0).setLinkId(null);
        assertThat(problems(q)).isNotEmpty();
    }

    private static void assertValid(Resource resource) {
        assertThat(problems(resource)).isEmpty();
    }

    private static List<String> problems(Resource resource) {
        ValidationResult result = VALIDATOR.validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString).toList();
    }

    private static FormDefinition definition(Path file) throws IOException {
        FormLinter.Result r = FormLinter.lint(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(r.errors()).isEmpty();
        return r.definition();
    }

    private static Object value(FormDefinition def, Item i) {
        return switch (i.type()) {
            case "yesno" -> true;
            case "number" -> i.min() == null ? 1 : i.min();
            case "date" -> "2026-02-01";
            case "single" -> i.options().get(0).value();
            case "multi" -> List.of(i.options().get(0).value());
            case "rating" -> def.scale(i.scale()).orElseThrow().levels().get(0).value();
            default -> "Fiktiv tekst";
        };
    }
}
