package no.mentorkit.library.internal.console;

import java.nio.file.Path;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.service.Job;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.importer.ImportFolders;
import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;

/** {@code library:import <folder>}: imports Markdown, HTML, text and PDF files from a folder, with progress lines. */
@Service
@Command(scope = "library", name = "import", description = "Import library resources from a folder")
public class ImportCommand implements Action {

    @Argument(index = 0, name = "folder", required = true,
            description = "Folder with .md, .html, .txt or .pdf files, inside an import folder (importFolders)")
    String folder;

    @Option(name = "--language", description = "Language of files without front matter: nb, nn or en")
    String language = "nb";

    @Option(name = "--access", description = "Most open access level of what is imported: all, trained or "
            + "coordinator (the default)")
    String access = ImportFolders.DEFAULT_ACCESS.code();

    @Reference
    LibraryRuntime runtime;

    @Reference
    Session session;

    @Reference
    AuditLog audit;

    @Override
    public Object execute() throws Exception {
        Path dir;
        try {
            dir = runtime.importFolders().resolve(folder);
            ImportFolders.access(access);
        } catch (IllegalArgumentException e) {
            session.getConsole().println("Not imported: " + folder + " " + e.getMessage());
            return null;
        }
        Extractor.Defaults d = new Extractor.Defaults(language, List.of(), List.of(), null, null,
                null, "practice", ImportFolders.access(access).code());
        Job job = runtime.library().importFolder(dir, d, runtime.maxUploadBytes());
        JobProgress.follow(job, session.getConsole());
        audit.record(new AuditEvent("console", null, "library", "import", "resource", "*", job.line()));
        return null;
    }
}
