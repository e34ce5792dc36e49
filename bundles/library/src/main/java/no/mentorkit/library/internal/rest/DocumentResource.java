package no.mentorkit.library.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
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

import no.mentorkit.library.Access;
import no.mentorkit.library.internal.core.Library;
import no.mentorkit.library.internal.importer.Extractor;
import no.mentorkit.library.internal.importer.FrontMatter;
import no.mentorkit.library.internal.model.Draft;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.store.ResourceStore;
import no.mentorkit.library.internal.store.ResourceStore.Attachment;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Library resources: {@code /api/library/documents} (read by everyone cleared for the resource's level; written by
 * coordinators and admins), {@code /api/library/upload} (a file as the raw request body, name in {@code filename})
 * and attachments. Resources are not personal data, so reads are not audited; every change is.
 */
@Component(service = DocumentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class DocumentResource {

    static final String MODULE = "library";

    /** One page of the document list. */
    public record Page(long total, List<DocumentView> items) {
    }

    private final LibraryRuntime runtime;
    private final AuditLog audit;

    @Activate
    public DocumentResource(@Reference LibraryRuntime runtime, @Reference AuditLog audit) {
        this.runtime = runtime;
        this.audit = audit;
    }

    private Library library() {
        return runtime.library();
    }

    @GET
    @Path("documents")
    public Page list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        new Validation().check(offset >= 0, "offset", "must be 0 or more")
                .check(limit >= 1 && limit <= 200, "limit", "must be between 1 and 200").throwIfInvalid();
        Access clearance = Callers.clearance(security);
        List<Access> levels = Arrays.stream(Access.values()).filter(clearance::allows).toList();
        List<DocumentView> items = new ArrayList<>();
        for (Resource r : library().resources().list(levels, offset, limit)) {
            items.add(DocumentView.of(r, List.of()));
        }
        return new Page(library().resources().count(levels), items);
    }

    @GET
    @Path("documents/{id}")
    public DocumentView get(@PathParam("id") long id, @Context SecurityContext security) {
        Resource r = readable(id, security);
        return DocumentView.of(r, library().resources().attachments(r.id()));
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response create(DocumentInput in, @Context SecurityContext security) {
        Draft d = valid(in.toDraft());
        Resource r = library().create(d);
        audit.record(Callers.me(security), MODULE, "create", "resource", Long.toString(r.id()), null);
        return Response.created(URI.create("library/documents/" + r.id())).entity(DocumentView.of(r, List.of()))
                .build();
    }

    @PUT
    @Path("documents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public DocumentView update(@PathParam("id") long id, DocumentInput in, @Context SecurityContext security) {
        if (in.version() == null) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("version", "is required")));
        }
        Draft d = valid(in.toDraft());
        Resource r;
        try {
            r = library().update(id, d, in.version()).orElseThrow(() -> notFound(id));
        } catch (ResourceStore.StaleVersionException e) {
            throw ApiProblem.conflict("The resource was changed by someone else; reload it and try again.");
        }
        audit.record(Callers.me(security), MODULE, "update", "resource", Long.toString(id), "version " + r.version());
        return DocumentView.of(r, library().resources().attachments(id));
    }

    @DELETE
    @Path("documents/{id}")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        if (!library().delete(id)) {
            throw notFound(id);
        }
        audit.record(Callers.me(security), MODULE, "delete", "resource", Long.toString(id), null);
        return Response.noContent().build();
    }

    /**
     * Creates a resource from a file sent as the raw body ({@code .md}, {@code .html}, {@code .txt}, {@code .pdf});
     * the query parameters give the metadata that HTML, text and PDF do not carry. The file is kept as an
     * attachment of the new resource.
     */
    @POST
    @Path("upload")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response upload(InputStream body, @QueryParam("filename") String filename,
            @QueryParam("language") String language, @QueryParam("topics") String topics,
            @QueryParam("audience") String audience, @QueryParam("evidence") String evidence,
            @QueryParam("access") String access, @QueryParam("year") Integer year,
            @QueryParam("source") String source, @Context SecurityContext security) throws IOException {
        if (filename == null || filename.isBlank() || !Extractor.supported(filename)) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("filename",
                    "must name a .md, .html, .htm, .txt or .pdf file")));
        }
        String name = filename.replace('\\', '/').substring(filename.replace('\\', '/').lastIndexOf('/') + 1);
        byte[] content = readLimited(body, runtime.maxUploadBytes());
        Extractor.Defaults defaults = new Extractor.Defaults(language == null || language.isBlank() ? "nb" : language,
                codes(topics), codes(audience), source, null, year, evidence == null || evidence.isBlank() ? "practice"
                        : evidence, access == null || access.isBlank() ? "all" : access);
        Draft d;
        try {
            d = Extractor.extract(name, content, defaults);
        } catch (FrontMatter.FormatException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", e.getMessage())));
        } catch (IOException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", "could not be read as " + name)));
        }
        Resource r = library().create(valid(d));
        library().resources().addAttachment(r.id(), name, mediaType(name), content);
        UserPrincipal me = Callers.me(security);
        audit.record(me, MODULE, "create", "resource", Long.toString(r.id()), "upload");
        return Response.created(URI.create("library/documents/" + r.id()))
                .entity(DocumentView.of(r, library().resources().attachments(r.id()))).build();
    }

    @POST
    @Path("documents/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public Response attach(@PathParam("id") long id, InputStream body, @QueryParam("filename") String filename,
            @Context SecurityContext security) throws IOException {
        if (filename == null || !filename.matches("[\\p{L}\\p{N} ._()-]{1,200}")) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("filename",
                    "must be 1 to 200 letters, digits, spaces, '.', '_', '-', '(' or ')'")));
        }
        library().resources().find(id).orElseThrow(() -> notFound(id));
        Attachment a = library().resources().addAttachment(id, filename, mediaType(filename),
                readLimited(body, runtime.maxUploadBytes()));
        audit.record(Callers.me(security), MODULE, "create", "attachment", Long.toString(a.id()), "resource " + id);
        return Response.status(201).entity(a).build();
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        Object[] found = library().resources().attachmentContent(id).orElseThrow(() -> noAttachment(id));
        Attachment a = (Attachment) found[0];
        Resource r = library().resources().find(a.resourceId()).orElseThrow(() -> noAttachment(id));
        if (!Callers.clearance(security).allows(r.access())) {
            // As for a missing attachment: naming its resource would tell that both exist.
            audit.record(Callers.me(security), MODULE, "access.denied", "attachment", Long.toString(id), null);
            throw noAttachment(id);
        }
        String safe = a.filename().replaceAll("[^\\p{Alnum}._-]", "_");
        // Always a download, never rendered in the page: the file came from a user.
        return Response.ok(found[1], "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + safe + "\"").build();
    }

    private Resource readable(long id, SecurityContext security) {
        Resource r = library().resources().find(id).orElseThrow(() -> notFound(id));
        if (!Callers.clearance(security).allows(r.access())) {
            audit.record(Callers.me(security), MODULE, "access.denied", "resource", Long.toString(id), null);
            throw notFound(id); // not 403: the caller does not learn that it exists
        }
        return r;
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No library resource " + id + ".");
    }

    private static ApiProblem noAttachment(long id) {
        return ApiProblem.notFound("No attachment " + id + ".");
    }

    private static Draft valid(Draft d) {
        List<Draft.Problem> problems = d.problems();
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.stream().map(p -> new ApiProblem.FieldError(p.field(), p.message()))
                    .toList());
        }
        return d;
    }

    static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return List.of(csv.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList();
    }

    private static byte[] readLimited(InputStream in, int max) throws IOException {
        byte[] data = in.readNBytes(max + 1);
        if (data.length > max) {
            throw new ApiProblem(413, "Payload Too Large", "The file is larger than " + (max / 1024 / 1024) + " MB.");
        }
        if (data.length == 0) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", "is empty")));
        }
        return data;
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        return n.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }
}
