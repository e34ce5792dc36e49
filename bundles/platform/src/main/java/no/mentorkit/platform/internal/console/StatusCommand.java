package no.mentorkit.platform.internal.console;

import java.io.PrintStream;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import no.mentorkit.platform.internal.modules.ModuleCatalog;
import no.mentorkit.platform.internal.status.StatusService;
import no.mentorkit.platform.status.StatusContributor;

/** {@code mentorkit:status}: health, versions, database, installed modules, and each module's own report. */
@Service
@Command(scope = "mentorkit", name = "status", description = "Show Mentorkit's health, versions, database, modules, index and forms")
public class StatusCommand implements Action {

    @Reference
    StatusService status;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        StatusService.Report report = status.report();
        line(out, "Health", report.health() + (report.settling().isEmpty() ? "" : " (" + String.join("; ", report.settling()) + ")"));
        line(out, "Versions", "Mentorkit " + report.versions().mentorkit() + ", Karaf " + report.versions().karaf()
                + ", Java " + report.versions().java());
        var db = report.database();
        line(out, "Database", db.up() ? "UP, " + db.product() + " " + db.version() + " at " + db.url()
                : "DOWN (" + db.product() + "): " + db.problem());
        StringBuilder schemas = new StringBuilder();
        db.schemas().forEach((schema, version) -> schemas.append(schemas.length() == 0 ? "" : ", ").append(schema)
                .append(" v").append(version));
        line(out, "Schemas", schemas.length() == 0 ? "none" : schemas.toString());
        StringBuilder modules = new StringBuilder();
        for (ModuleCatalog.Module m : report.modules()) {
            if (m.installed()) {
                modules.append(modules.length() == 0 ? "" : ", ").append(m.id()).append(' ').append(m.version());
            }
        }
        line(out, "Modules", modules.length() == 0 ? "none (the platform alone)" : modules.toString());
        for (Map.Entry<String, StatusContributor.Status> e : report.reports().entrySet()) {
            StatusContributor.Status s = e.getValue();
            line(out, capitalised(e.getKey()), (s.healthy() ? "" : "PROBLEM: ") + s.summary());
        }
        return null;
    }

    private static void line(PrintStream out, String name, String text) {
        out.printf("%-10s %s%n", name, text);
    }

    private static String capitalised(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
