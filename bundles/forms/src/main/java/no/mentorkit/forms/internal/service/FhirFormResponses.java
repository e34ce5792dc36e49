package no.mentorkit.forms.internal.service;

import java.time.Instant;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormResponses;
import no.mentorkit.forms.internal.model.fhir.ResponseExport;

/** The forms API's QuestionnaireResponse writer, offered to the modules that fill forms in. */
@Component(service = FormResponses.class)
public class FhirFormResponses implements FormResponses {

    @Override
    public String questionnaireResponse(FormDefinition definition, Map<String, Answer> answers,
            FinalJudgement judgement, String caseCode, Instant authored) {
        return ResponseExport.json(definition, answers == null ? Map.of() : answers, judgement, caseCode, authored);
    }
}
