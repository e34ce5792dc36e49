package no.mentorkit.forms.internal.model.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;

import no.mentorkit.forms.internal.model.FormLinter;

/**
 * A Questionnaire dropped into {@code deploy/} or uploaded goes through the importer, so it must answer every
 * input with a definition or reasons, never an exception. Seeds: {@code QuestionnaireImportFuzzTestInputs/read/}.
 */
class QuestionnaireImportFuzzTest {

    @FuzzTest(maxExecutions = 100000, maxDuration = "60s")
    void read(byte[] content) {
        QuestionnaireImport.Result r = QuestionnaireImport.read("fuzz.questionnaire.json", content);
        if (r.ok()) {
            FormLinter.lint("fuzz.questionnaire.json", r.definition()).errors().forEach(r::fhir);
        } else if (r.errors().isEmpty()) {
            throw new AssertionError("refused without a reason");
        }
    }
}
