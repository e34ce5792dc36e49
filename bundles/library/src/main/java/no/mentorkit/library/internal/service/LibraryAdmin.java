package no.mentorkit.library.internal.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.importer.ImportFolders;
import no.mentorkit.library.internal.store.SynonymStore;
import no.mentorkit.library.internal.store.ZeroResults;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Library administration: bulk import from a server folder and reindex (both jobs with progress), synonyms
 * (effective at once), the index state and zero-result query counts (no identities). Every change is audited;
 * an import when its job ends, with what it did.
 */
@Component(service = LibraryAdmin.class)
public class LibraryAdmin {

    /** What a folder import takes; absent values get the library's defaults. */
    public record ImportRequest(String folder, String language, String access, List<String> topics,
            List<String> audience, String evidence) {
    }

    /** The index against the database: {@code current} when the index holds every change. */
    public record IndexStatus(long databaseGeneration, long indexGeneration, boolean current, int documents,
            String path) {
    }

    private final LibraryRuntime runtime;
    private final AuditLog audit;

    @Activate
    public LibraryAdmin(@Reference LibraryRuntime runtime, @Reference AuditLog audit) {
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Starts importing a folder among the configured import folders; the folder and access level are checked. */
    public Job importFolder(UserPrincipal me, ImportRequest in) {
        Path folder;
        AccessLevel access;
        try {
            folder = runtime.importFolders().resolve(in.folder());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("folder", e.getMessage())));
        }
        try {
            access = ImportFolders.access(in.access());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("access", e.getMessage())));
        }
        Extractor.Defaults d = new Extractor.Defaults(in.language() == null ? "nb" : in.language(),
                in.topics() == null ? List.of() : in.topics(), in.audience() == null ? List.of() : in.audience(),
                null, null, null, in.evidence() == null ? "practice" : in.evidence(), access.code());
        Library library = runtime.library();
        Job job = library.importFolder(folder, d, runtime.maxUploadBytes());
        library.whenDone(job, j -> audit.record(me, DocumentService.MODULE, "import", "resource", "*", j.line()));
        return job;
    }

    public Job reindex(UserPrincipal me) {
        Job job = runtime.library().reindex();
        audit.record(me, DocumentService.MODULE, "reindex", "index", "*", null);
        return job;
    }

    public Job job(String id) {
        return runtime.library().job(id).orElseThrow(() -> ApiProblem.notFound("No library job " + id + "."));
    }

    public List<Job> jobs() {
        return runtime.library().jobs();
    }

    public IndexStatus index() throws IOException {
        Library.IndexState state = runtime.library().indexState();
        return new IndexStatus(state.databaseGeneration(), state.indexGeneration(), state.current(), state.indexed(),
                runtime.indexPath().toString());
    }

    public List<SynonymStore.Group> synonyms() {
        return runtime.library().synonymGroups();
    }

    /** A group of at least two terms that mean the same; each at most 100 characters, without ',' or '=>'. */
    public SynonymStore.Group addSynonyms(UserPrincipal me, List<String> given) {
        List<String> terms = given == null ? List.of()
                : given.stream().map(t -> t == null ? "" : t.strip()).filter(t -> !t.isEmpty()).toList();
        Validation v = new Validation();
        v.check(terms.size() >= 2, "terms", "must name at least two terms that mean the same");
        for (int i = 0; i < terms.size(); i++) {
            v.check(terms.get(i).length() <= 100 && !terms.get(i).contains(",") && !terms.get(i).contains("=>"),
                    "terms[" + i + "]", "must be at most 100 characters without ',' or '=>'");
        }
        v.throwIfInvalid();
        SynonymStore.Group g = runtime.library().addSynonyms(terms);
        audit.record(me, DocumentService.MODULE, "create", "synonyms", Long.toString(g.id()), null);
        return g;
    }

    public void deleteSynonyms(UserPrincipal me, long id) {
        if (!runtime.library().deleteSynonyms(id)) {
            throw ApiProblem.notFound("No synonym group " + id + ".");
        }
        audit.record(me, DocumentService.MODULE, "delete", "synonyms", Long.toString(id), null);
    }

    public List<ZeroResults.Entry> zeroResults() {
        return runtime.library().zeroResults(200);
    }
}
