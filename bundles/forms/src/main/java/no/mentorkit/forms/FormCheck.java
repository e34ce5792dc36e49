package no.mentorkit.forms;

import java.util.List;

import no.mentorkit.forms.internal.model.FormLinter;

/**
 * Checks a definition file as a deployment would, without deploying it: for modules that ship forms and test
 * them at build time, and for tools. The rules are the engine's own.
 */
public final class FormCheck {

    /** The definition when there are no errors, else {@code null} and every reason at once. */
    public record Result(FormDefinition definition, List<LintError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private FormCheck() {
    }

    public static Result lint(String file, byte[] content) {
        FormLinter.Result r = FormLinter.lint(file, content);
        return new Result(r.definition(), r.errors());
    }
}
