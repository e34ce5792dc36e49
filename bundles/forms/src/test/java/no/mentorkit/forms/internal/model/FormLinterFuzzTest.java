package no.mentorkit.forms.internal.model;

import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.internal.service.AnswerRules;

/**
 * Any file an administrator drops into {@code deploy/} or uploads goes through the linter, so it must answer every
 * input with a result (published or refused with reasons), never an exception or a hang. A definition it accepts
 * must also survive the rules an assessment applies to it. Seeds: {@code FormLinterFuzzTestInputs/lint/}.
 */
class FormLinterFuzzTest {

    @FuzzTest(maxExecutions = 100000, maxDuration = "60s")
    void lint(byte[] content) {
        FormLinter.Result r = FormLinter.lint("fuzz.form.json", content);
        if (r.ok()) {
            FormDefinition form = r.definition();
            AnswerRules.visibleItems(form, Map.of());
            AnswerRules.validate(form, Map.of(), null, true);
            AnswerRules.score(form, Map.of());
        } else if (r.errors().isEmpty()) {
            throw new AssertionError("refused without a reason");
        }
    }
}
