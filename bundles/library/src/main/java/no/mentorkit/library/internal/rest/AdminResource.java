package no.mentorkit.library.internal.rest;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.library.internal.core.Job;
import no.mentorkit.library.internal.core.Library;
import no.mentorkit.library.internal.importer.Extractor;
import no.mentorkit.library.internal.importer.ImportFolders;
import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.store.SynonymStore;
import no.mentorkit.library.internal.store.ZeroResults;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Library administration for admins: bulk import from a server folder and reindex (both jobs with progress),
 * synonyms (effective at once, no restart), the index state, and zero-result query counts (no identities).
 */
@Component(service = AdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AdminResource {

    public record ImportRequest(String folder, String language, String access, List<String> topics,
            List<String> audience, String evidence) {
    }

    public record SynonymInput(List<String> terms) {
    }

    public record IndexStatus(long databaseGeneration, long indexGeneration, boolean current, int documents,
            String path) {
    }

    private final LibraryRuntime runtime;
    private final AuditLog audit;

    @Activate
    public AdminResource(@Reference LibraryRuntime runtime, @Reference AuditLog audit) {
        this.runtime = runtime;
        this.audit = audit;
    }

    private Library library() {
        return runtime.library();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFolder(ImportRequest in, @Context SecurityContext security) {
        java.nio.file.Path folder;
        no.mentorkit.library.Access access;
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
        Job job = library().importFolder(folder, d, runtime.maxUploadBytes());
        UserPrincipal me = Callers.me(security);
        library().whenDone(job, j -> audit.record(me, DocumentResource.MODULE, "import", "resource", "*",
                j.line()));
        return Response.accepted(job.view()).build();
    }

    @POST
    @Path("reindex")
    public Response reindex(@Context SecurityContext security) {
        Job job = library().reindex();
        audit.record(Callers.me(security), DocumentResource.MODULE, "reindex", "index", "*", null);
        return Response.accepted(job.view()).build();
    }

    @GET
    @Path("jobs/{id}")
    public Job.View job(@PathParam("id") String id) {
        return library().job(id).orElseThrow(() -> ApiProblem.notFound("No library job " + id + ".")).view();
    }

    @GET
    @Path("jobs")
    public List<Job.View> jobs() {
        List<Job.View> out = new ArrayList<>();
        library().jobs().forEach(j -> out.add(j.view()));
        return out;
    }

    @GET
    @Path("index")
    public IndexStatus index() throws java.io.IOException {
        long db = library().resources().generation();
        long idx = library().index().committedGeneration();
        return new IndexStatus(db, idx, db == idx, library().index().size(), runtime.indexPath().toString());
    }

    @GET
    @Path("synonyms")
    public List<SynonymStore.Group> synonyms() {
        return library().synonyms().list();
    }

    @POST
    @Path("synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSynonyms(SynonymInput in, @Context SecurityContext security) {
        List<String> terms = in.terms() == null ? List.of()
                : in.terms().stream().map(t -> t == null ? "" : t.strip()).filter(t -> !t.isEmpty()).toList();
        Validation v = new Validation();
        v.check(terms.size() >= 2, "terms", "must name at least two terms that mean the same");
        for (int i = 0; i < terms.size(); i++) {
            v.check(terms.get(i).length() <= 100 && !terms.get(i).contains(",") && !terms.get(i).contains("=>"),
                    "terms[" + i + "]", "must be at most 100 characters without ',' or '=>'");
        }
        v.throwIfInvalid();
        SynonymStore.Group g = library().synonyms().add(terms);
        library().reloadSynonyms();
        audit.record(Callers.me(security), DocumentResource.MODULE, "create", "synonyms", Long.toString(g.id()), null);
        return Response.status(201).entity(g).build();
    }

    @DELETE
    @Path("synonyms/{id}")
    public Response deleteSynonyms(@PathParam("id") long id, @Context SecurityContext security) {
        if (!library().synonyms().delete(id)) {
            throw ApiProblem.notFound("No synonym group " + id + ".");
        }
        library().reloadSynonyms();
        audit.record(Callers.me(security), DocumentResource.MODULE, "delete", "synonyms", Long.toString(id), null);
        return Response.noContent().build();
    }

    @GET
    @Path("zero-results")
    public List<ZeroResults.Entry> zeroResults() {
        return library().zeroResults().top(200);
    }
}
