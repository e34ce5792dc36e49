package no.mentorkit.forms;

import java.time.Instant;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Filled-in forms as HL7 FHIR R4 {@code QuestionnaireResponse} JSON, for a module that hands an assessment or a
 * checklist to a system that speaks FHIR. The module keeps its own access checks and audit; this only writes.
 */
@ProviderType
public interface FormResponses {

    /** The media type of what {@link #questionnaireResponse} returns. */
    String MEDIA_TYPE = "application/fhir+json";

    /**
     * A completed response to the form version, referencing the Questionnaire the forms API exports for it.
     *
     * @param definition the form version the answers were given in
     * @param answers by item id, as the modules store them
     * @param judgement the final judgement, or null when the form has none
     * @param caseCode the subject's pseudonymous case code: the only thing said about the subject (no names)
     * @param authored when the answers were completed (submitted or signed)
     */
    String questionnaireResponse(FormDefinition definition, Map<String, Answer> answers, FinalJudgement judgement,
            String caseCode, Instant authored);
}
