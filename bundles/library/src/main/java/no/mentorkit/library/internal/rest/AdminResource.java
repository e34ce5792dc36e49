package no.mentorkit.library.internal.rest;

import java.io.IOException;
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

import no.mentorkit.library.internal.service.Job;
import no.mentorkit.library.internal.service.Library;
import no.mentorkit.library.internal.service.LibraryAdmin;
import no.mentorkit.library.internal.store.SynonymStore;
import no.mentorkit.library.internal.store.ZeroResults;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

/**
 * Library administration for admins ({@code /api/library/import}, {@code reindex}, {@code jobs}, {@code index},
 * {@code synonyms}, {@code zero-results}): translates HTTP to {@link LibraryAdmin}.
 */
@Component(service = AdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AdminResource {

    /** A synonym group as clients send it. */
    public record SynonymInput(List<String> terms) {
    }

    private final LibraryAdmin admin;

    @Activate
    public AdminResource(@Reference LibraryAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFolder(LibraryAdmin.ImportRequest in, @Context SecurityContext security) {
        return Response.accepted(admin.importFolder(Callers.me(security), in).view()).build();
    }

    @POST
    @Path("reindex")
    public Response reindex(@Context SecurityContext security) {
        return Response.accepted(admin.reindex(Callers.me(security)).view()).build();
    }

    @GET
    @Path("jobs/{id}")
    public Job.View job(@PathParam("id") String id) {
        return admin.job(id).view();
    }

    @GET
    @Path("jobs")
    public List<Job.View> jobs() {
        return admin.jobs().stream().map(Job::view).toList();
    }

    @GET
    @Path("index")
    public LibraryAdmin.IndexStatus index() throws IOException {
        return admin.index();
    }

    @GET
    @Path("synonyms")
    public List<SynonymStore.Group> synonyms() {
        return admin.synonyms();
    }

    @POST
    @Path("synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSynonyms(SynonymInput in, @Context SecurityContext security) {
        return Response.status(201).entity(admin.addSynonyms(Callers.me(security), in.terms())).build();
    }

    @DELETE
    @Path("synonyms/{id}")
    public Response deleteSynonyms(@PathParam("id") long id, @Context SecurityContext security) {
        admin.deleteSynonyms(Callers.me(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("zero-results")
    public List<ZeroResults.Entry> zeroResults() {
        return admin.zeroResults();
    }
}
