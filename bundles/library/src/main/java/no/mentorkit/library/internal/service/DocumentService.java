package no.mentorkit.library.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.DocumentView;
import no.mentorkit.library.internal.model.Draft;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.importer.FrontMatter;
import no.mentorkit.library.internal.store.ResourceStore;
import no.mentorkit.library.internal.store.ResourceStore.Attachment;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Library resources and their attachments, with who may see them and the audit of every change. A resource above
 * the caller's clearance answers as one that does not exist, and the refusal is audited. Resources are not
 * personal data, so reads that succeed are not audited.
 */
@Component(service = DocumentService.class)
public class DocumentService {

    static final String MODULE = "library";

    /** One page of the document list. */
    public record Page(long total, List<DocumentView> items) {
    }

    /** A file to send back, named safely, with the bytes as stored. */
    public record Download(String filename, byte[] content) {
    }

    private final LibraryRuntime runtime;
    private final AuditLog audit;

    @Activate
    public DocumentService(@Reference LibraryRuntime runtime, @Reference AuditLog audit) {
        this.runtime = runtime;
        this.audit = audit;
    }

    /** The access level the caller's roles give. */
    public static AccessLevel clearance(UserPrincipal me) {
        return AccessLevel.clearance(me.roles().stream().map(Role::code).collect(Collectors.toSet()));
    }

    public Page list(UserPrincipal me, int offset, int limit) {
        AccessLevel clearance = clearance(me);
        List<AccessLevel> levels = Arrays.stream(AccessLevel.values()).filter(clearance::allows).toList();
        Library library = runtime.library();
        List<DocumentView> items = library.list(levels, offset, limit).stream()
                .map(r -> DocumentView.of(r, List.of())).toList();
        return new Page(library.count(levels), items);
    }

    public DocumentView get(UserPrincipal me, long id) {
        Resource r = readable(me, id);
        return DocumentView.of(r, runtime.library().attachments(r.id()));
    }

    public DocumentView create(UserPrincipal me, Draft draft) {
        Resource r = runtime.library().create(valid(draft));
        audit.record(me, MODULE, "create", "resource", Long.toString(r.id()), null);
        return DocumentView.of(r, List.of());
    }

    /** Changes a resource if {@code version} is still the stored one; 409 when someone changed it meanwhile. */
    public DocumentView update(UserPrincipal me, long id, Draft draft, Integer version) {
        if (version == null) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("version", "is required")));
        }
        Library library = runtime.library();
        Resource r;
        try {
            r = library.update(id, valid(draft), version).orElseThrow(() -> notFound(id));
        } catch (ResourceStore.StaleVersionException e) {
            throw ApiProblem.conflict("The resource was changed by someone else; reload it and try again.");
        }
        audit.record(me, MODULE, "update", "resource", Long.toString(id), "version " + r.version());
        return DocumentView.of(r, library.attachments(id));
    }

    public void delete(UserPrincipal me, long id) {
        if (!runtime.library().delete(id)) {
            throw notFound(id);
        }
        audit.record(me, MODULE, "delete", "resource", Long.toString(id), null);
    }

    /**
     * A new resource from an uploaded file ({@code .md}, {@code .html}, {@code .txt}, {@code .pdf}); the defaults
     * give what HTML, text and PDF do not carry. The file is kept as the resource's attachment.
     */
    public DocumentView upload(UserPrincipal me, String filename, InputStream body, Extractor.Defaults defaults)
            throws IOException {
        if (filename == null || filename.isBlank() || !Extractor.supported(filename)) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("filename",
                    "must name a .md, .html, .htm, .txt or .pdf file")));
        }
        String name = filename.replace('\\', '/').substring(filename.replace('\\', '/').lastIndexOf('/') + 1);
        byte[] content = readLimited(body);
        Draft d;
        try {
            d = Extractor.extract(name, content, defaults);
        } catch (FrontMatter.FormatException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", e.getMessage())));
        } catch (IOException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", "could not be read as " + name)));
        }
        Library library = runtime.library();
        Resource r = library.create(valid(d));
        library.attach(r.id(), name, mediaType(name), content);
        audit.record(me, MODULE, "create", "resource", Long.toString(r.id()), "upload");
        return DocumentView.of(r, library.attachments(r.id()));
    }

    public Attachment attach(UserPrincipal me, long resourceId, String filename, InputStream body) throws IOException {
        if (filename == null || !filename.matches("[\\p{L}\\p{N} ._()-]{1,200}")) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("filename",
                    "must be 1 to 200 letters, digits, spaces, '.', '_', '-', '(' or ')'")));
        }
        Library library = runtime.library();
        library.find(resourceId).orElseThrow(() -> notFound(resourceId));
        Attachment a = library.attach(resourceId, filename, mediaType(filename), readLimited(body));
        audit.record(me, MODULE, "create", "attachment", Long.toString(a.id()), "resource " + resourceId);
        return a;
    }

    public Download download(UserPrincipal me, long attachmentId) {
        Library library = runtime.library();
        ResourceStore.StoredFile file = library.attachment(attachmentId)
                .orElseThrow(() -> noAttachment(attachmentId));
        Resource r = library.find(file.attachment().resourceId()).orElseThrow(() -> noAttachment(attachmentId));
        if (!clearance(me).allows(r.access())) {
            // As for a missing attachment: naming its resource would tell that both exist.
            audit.record(me, MODULE, "access.denied", "attachment", Long.toString(attachmentId), null);
            throw noAttachment(attachmentId);
        }
        return new Download(file.attachment().filename().replaceAll("[^\\p{Alnum}._-]", "_"), file.content());
    }

    private Resource readable(UserPrincipal me, long id) {
        Resource r = runtime.library().find(id).orElseThrow(() -> notFound(id));
        if (!clearance(me).allows(r.access())) {
            audit.record(me, MODULE, "access.denied", "resource", Long.toString(id), null);
            throw notFound(id); // not 403: the caller does not learn that it exists
        }
        return r;
    }

    /** The file's bytes, refused when larger than uploads may be or empty. */
    private byte[] readLimited(InputStream in) throws IOException {
        int max = runtime.maxUploadBytes();
        byte[] data = in.readNBytes(max + 1);
        if (data.length > max) {
            throw new ApiProblem(413, "Payload Too Large", "The file is larger than " + (max / 1024 / 1024) + " MB.");
        }
        if (data.length == 0) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("file", "is empty")));
        }
        return data;
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

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
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
