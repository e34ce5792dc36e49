package no.mentorkit.platform.internal.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import no.mentorkit.platform.internal.modules.ModuleCatalog;

/** {@code mentorkit:modules}: every module and profile this installation can run, and what is installed. */
@Service
@Command(scope = "mentorkit", name = "modules", description = "List Mentorkit's modules and profiles and which are installed")
public class ModulesCommand implements Action {

    @Reference
    ModuleCatalog catalog;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        ShellTable modules = new ShellTable();
        modules.column("Module");
        modules.column("State");
        modules.column("Version");
        modules.column("Feature");
        modules.column("Needs");
        modules.column("Needed by");
        modules.column("In profiles");
        for (ModuleCatalog.Module m : catalog.modules()) {
            modules.addRow().addContent(m.id(), state(m), m.version(), m.feature(), String.join(", ", m.needs()),
                    String.join(", ", m.neededBy()), String.join(", ", m.profiles()));
        }
        modules.print(out);
        out.println();
        ShellTable profiles = new ShellTable();
        profiles.column("Profile");
        profiles.column("Installed");
        profiles.column("Feature");
        profiles.column("Modules");
        for (ModuleCatalog.Profile p : catalog.profiles()) {
            profiles.addRow().addContent(p.id(), p.installed() ? "yes" : "no", p.feature(), String.join(", ", p.modules()));
        }
        profiles.print(out);
        out.println("Install or remove one: feature:install <feature>, feature:uninstall <feature>"
                + " (or the Modules page). A removed module's data stays in the database.");
        return null;
    }

    private static String state(ModuleCatalog.Module m) {
        if (!m.installed()) {
            return "available";
        }
        return m.required() ? "installed" : "installed (through " + (m.neededBy().isEmpty() ? "a profile" : "a module") + ")";
    }
}
