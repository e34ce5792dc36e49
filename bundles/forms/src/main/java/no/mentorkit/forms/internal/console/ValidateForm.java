package no.mentorkit.forms.internal.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.FileCompleter;

import no.mentorkit.forms.LintError;
import no.mentorkit.forms.internal.model.FormLinter;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireImport;

/** {@code forms:validate <file>}: lints a definition (or a FHIR Questionnaire) without deploying it. */
@Command(scope = "forms", name = "validate",
        description = "Checks a *.form.json or FHIR *.questionnaire.json file without deploying it")
@Service
public class ValidateForm implements Action {

    @Argument(index = 0, name = "file", description = "Path of the *.form.json or *.questionnaire.json file", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        FormLinter.Result result = QuestionnaireImport.lint(path.getFileName().toString(), Files.readAllBytes(path));
        if (result.ok()) {
            System.out.println("OK: " + result.definition().id() + " " + result.definition().version() + " ("
                    + result.definition().kind() + ", " + result.definition().items().count() + " items)");
        } else {
            System.out.println("Refused with " + result.errors().size() + " error(s):");
            for (LintError e : result.errors()) {
                System.out.println("  " + e);
            }
        }
        return null;
    }
}
