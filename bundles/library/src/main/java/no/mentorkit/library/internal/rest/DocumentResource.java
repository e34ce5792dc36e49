package no.mentorkit.library.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.library.internal.model.DocumentView;
import no.mentorkit.library.internal.service.DocumentService;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;

/**
 * {@code /api/library/documents} (read by everyone cleared for the resource's level; written by coordinators and
 * admins), {@code /api/library/upload} (a file as the raw request body, name in {@code filename}) and attachments.
 * Translates HTTP to {@link DocumentService}, which holds the rules.
 */
@Component(service = DocumentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class DocumentResource {

    private final DocumentService documents;

    @Activate
    public DocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("documents")
    public DocumentService.Page list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        new Validation().check(offset >= 0, "offset", "must be 0 or more")
                .check(limit >= 1 && limit <= 200, "limit", "must be between 1 and 200").throwIfInvalid();
        return documents.list(Callers.me(security), offset, limit);
    }

    @GET
    @Path("documents/{id}")
    public DocumentView get(@PathParam("id") long id, @Context SecurityContext security) {
        return documents.get(Callers.me(security), id);
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response create(DocumentInput in, @Context SecurityContext security) {
        DocumentView created = documents.create(Callers.me(security), in.toDraft());
        return Response.created(URI.create("library/documents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("documents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public DocumentView update(@PathParam("id") long id, DocumentInput in, @Context SecurityContext security) {
        return documents.update(Callers.me(security), id, in.toDraft(), in.version());
    }

    @DELETE
    @Path("documents/{id}")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        documents.delete(Callers.me(security), id);
        return Response.noContent().build();
    }

    /** A file as the raw body; the query parameters give the metadata that HTML, text and PDF do not carry. */
    @POST
    @Path("upload")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response upload(InputStream body, @QueryParam("filename") String filename,
            @QueryParam("language") String language, @QueryParam("topics") String topics,
            @QueryParam("audience") String audience, @QueryParam("evidence") String evidence,
            @QueryParam("access") String access, @QueryParam("year") Integer year,
            @QueryParam("source") String source, @Context SecurityContext security) throws IOException {
        Extractor.Defaults defaults = new Extractor.Defaults(orDefault(language, "nb"), codes(topics),
                codes(audience), source, null, year, orDefault(evidence, "practice"), orDefault(access, "all"));
        DocumentView created = documents.upload(Callers.me(security), filename, body, defaults);
        return Response.created(URI.create("library/documents/" + created.id())).entity(created).build();
    }

    @POST
    @Path("documents/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response attach(@PathParam("id") long id, InputStream body, @QueryParam("filename") String filename,
            @Context SecurityContext security) throws IOException {
        return Response.status(201).entity(documents.attach(Callers.me(security), id, filename, body)).build();
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        DocumentService.Download file = documents.download(Callers.me(security), id);
        // Always a download, never rendered in the page: the file came from a user.
        return Response.ok(file.content(), "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return List.of(csv.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList();
    }
}
