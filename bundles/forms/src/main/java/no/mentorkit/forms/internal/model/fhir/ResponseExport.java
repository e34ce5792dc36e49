package no.mentorkit.forms.internal.model.fhir;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/**
 * Answers to a form version as a completed QuestionnaireResponse: it references the exported Questionnaire by
 * canonical URL and version, names the subject by case code only, and keeps the item structure (sections as
 * groups). "Unknown" with its reason, evidence notes and the final judgement, which FHIR has no place for, ride
 * in Mentorkit extensions.
 */
public final class ResponseExport {

    /** The identifier system of Mentorkit's pseudonymous case codes. */
    public static final String CASE_CODE = "https://mentorkit.no/fhir/case-code";
    static final String UNKNOWN = Fhir.MENTORKIT + "unknown";
    static final String JUDGEMENT = Fhir.MENTORKIT + "judgement";

    private ResponseExport() {
    }

    public static QuestionnaireResponse response(FormDefinition def, Map<String, Answer> answers,
            FinalJudgement judgement, String caseCode, Instant authored) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setLanguage(FhirTexts.BASE);
        r.setQuestionnaire(QuestionnaireExport.CANONICAL + def.id() + "|" + def.version());
        r.setStatus(QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference().setIdentifier(new Identifier().setSystem(CASE_CODE).setValue(caseCode)));
        if (authored != null) {
            r.setAuthored(Date.from(authored));
        }
        if (judgement != null && judgement.level() != null) {
            Extension j = r.addExtension().setUrl(JUDGEMENT);
            j.addExtension("level", new CodeType(judgement.level()));
            if (judgement.formulation() != null) {
                j.addExtension("formulation", new StringType(judgement.formulation()));
            }
        }
        for (FormDefinition.Section s : def.sections()) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(s.id());
            group.setText(s.title() == null ? null : s.title().get(FhirTexts.BASE));
            for (Item i : s.items()) {
                Answer a = answers.get(i.id());
                if (i.answerable() && a != null && (a.hasValue() || a.unknown())) {
                    group.addItem(item(def, i, a));
                }
            }
            if (group.hasItem()) {
                r.addItem(group);
            }
        }
        return r;
    }

    public static String json(FormDefinition def, Map<String, Answer> answers, FinalJudgement judgement,
            String caseCode, Instant authored) {
        return Fhir.json().encodeResourceToString(response(def, answers, judgement, caseCode, authored));
    }

    private static QuestionnaireResponseItemComponent item(FormDefinition def, Item i, Answer a) {
        QuestionnaireResponseItemComponent it = new QuestionnaireResponseItemComponent().setLinkId(i.id());
        it.setText(i.label() == null ? null : i.label().get(FhirTexts.BASE));
        if (a.unknown()) {
            it.addExtension(UNKNOWN, new StringType(a.reason() == null ? "" : a.reason()));
        } else {
            List<?> values = a.value() instanceof Collection<?> c ? List.copyOf(c) : List.of(a.value());
            values.forEach(v -> it.addAnswer().setValue(value(def, i, v)));
        }
        if (a.evidence() != null && !a.evidence().isBlank()) {
            it.addExtension(QuestionnaireExport.EVIDENCE, new StringType(a.evidence()));
        }
        return it;
    }

    private static Type value(FormDefinition def, Item i, Object v) {
        String text = String.valueOf(v);
        return switch (i.type()) {
            case "yesno" -> new BooleanType(Boolean.TRUE.equals(v) || "true".equals(text));
            case "number" -> new DecimalType(text);
            case "date" -> new DateType(text);
            case "single", "multi" -> coding(QuestionnaireExport.system(def.id(), null), text, i.options());
            case "rating" -> coding(QuestionnaireExport.system(def.id(), i.scale()), text,
                    def.scale(i.scale()).map(FormDefinition.Scale::levels).orElse(List.of()));
            default -> new StringType(text);
        };
    }

    private static Coding coding(String system, String code, List<FormDefinition.Choice> choices) {
        Coding c = new Coding(system, code, null);
        choices.stream().filter(o -> o.value().equals(code)).findFirst()
                .ifPresent(o -> FhirTexts.put(c.getDisplayElement(), o.label()));
        return c;
    }
}
