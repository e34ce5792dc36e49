package no.mentorkit.forms.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormRegistry;

/** {@code forms:list}: every stored form version with its status and source. */
@Command(scope = "forms", name = "list", description = "Lists the deployed form definitions and their versions")
@Service
public class ListForms implements Action {

    @Reference
    FormRegistry registry;

    @Option(name = "-k", aliases = "--kind", description = "Only forms of this kind (assessment or checklist)")
    String kind;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Version");
        table.column("Kind");
        table.column("Status");
        table.column("Source");
        table.column("File");
        for (DeployedForm f : registry.list(kind)) {
            table.addRow().addContent(f.id(), f.version(), f.kind(), f.status().code(), f.source().code(),
                    f.file() == null ? "" : f.file());
        }
        table.print(System.out);
        return null;
    }
}
