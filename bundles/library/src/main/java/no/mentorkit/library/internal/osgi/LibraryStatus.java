package no.mentorkit.library.internal.osgi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.library.internal.service.Job;
import no.mentorkit.library.internal.service.Library;
import no.mentorkit.platform.status.StatusContributor;

/** The library's line in {@code mentorkit:status}: the index against the database, and any import or reindex running. */
@Component(service = StatusContributor.class)
public class LibraryStatus implements StatusContributor {

    private final LibraryRuntime runtime;

    @Activate
    public LibraryStatus(@Reference LibraryRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String id() {
        return "library";
    }

    /** From memory: the index cannot be written now (e.g. a full disk) and repairs itself meanwhile. */
    @Override
    public Optional<String> degraded() {
        return runtime.ifStarted().flatMap(Library::degraded);
    }

    @Override
    public Status status() {
        Optional<Library> started = runtime.ifStarted();
        if (started.isEmpty()) {
            return new Status(false, "index not open yet (starting, or waiting for the database)",
                    Map.of("indexPath", runtime.indexPath().toString()));
        }
        Library library = started.get();
        Map<String, Object> details = new LinkedHashMap<>();
        Library.IndexState state;
        try {
            state = library.indexState();
        } catch (IOException e) {
            return new Status(false, "index unreadable: " + e.getMessage(), Map.of("indexPath", runtime.indexPath().toString()));
        }
        long inDatabase = state.resources();
        int inIndex = state.indexed();
        boolean current = state.current();
        details.put("resources", inDatabase);
        details.put("indexed", inIndex);
        details.put("indexCurrent", current);
        details.put("indexPath", runtime.indexPath().toString());
        library.degraded().ifPresent(reason -> details.put("degraded", reason));
        String running = library.jobs().stream().filter(j -> !j.finished()).map(Job::line).findFirst().orElse(null);
        if (running != null) {
            details.put("running", running);
        }
        String summary = String.format("%,d resources, %,d indexed, %s%s", inDatabase, inIndex,
                current ? "index in step with the database" : "index catching up with the database",
                running == null ? "" : "; " + running);
        return new Status(library.degraded().isEmpty(), summary, details);
    }
}
