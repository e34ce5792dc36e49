package no.mentorkit.library.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import no.mentorkit.library.internal.service.Job;
import no.mentorkit.library.internal.osgi.LibraryRuntime;

/** {@code library:reindex}: rebuilds the search index from the database, with progress lines. */
@Service
@Command(scope = "library", name = "reindex", description = "Rebuild the library's search index from the database")
public class ReindexCommand implements Action {

    @Reference
    LibraryRuntime runtime;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Job job = runtime.library().reindex();
        JobProgress.follow(job, session.getConsole());
        return null;
    }
}
