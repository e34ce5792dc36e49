package no.mentorkit.assessment.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * The assessment instruments: {@code /api/assessment/forms}. Lists only forms of kind {@code assessment}; the
 * ethics module lists its checklists itself. Admins upload (as draft or published), publish and retire.
 */
@Component(service = FormsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("assessment/forms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class FormsResource {

    static final String MODULE = "assessment";

    /** A form version as listed, without its items. */
    public record FormSummary(String id, String version, String kind, String status, Map<String, String> title,
            Map<String, String> description, String training, String reassessEvery, String source, String file,
            Instant deployedAt, long items) {
    }

    private final FormRegistry registry;
    private final AuditLog audit;

    @Activate
    public FormsResource(@Reference FormRegistry registry, @Reference AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @GET
    public List<FormSummary> list() {
        return registry.list(FormDefinition.ASSESSMENT).stream().map(FormsResource::summary).toList();
    }

    @GET
    @Path("deployments")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public List<Deployment> deployments(@QueryParam("limit") @DefaultValue("100") int limit) {
        // A negative row count is an SQL error on PostgreSQL and "no limit" on H2: refused on both.
        new Validation().check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000").throwIfInvalid();
        return registry.deployments(limit);
    }

    @GET
    @Path("{id}/{version}")
    public FormDefinition definition(@PathParam("id") String id, @PathParam("version") String version) {
        return find(id, version).definition();
    }

    /** Upload: the body is the definition; refused ones answer 400 naming each JSON path. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public Response upload(byte[] body, @QueryParam("publish") @DefaultValue("false") boolean publish,
            @QueryParam("name") @DefaultValue("upload.form.json") String name, @Context SecurityContext security) {
        UserPrincipal me = (UserPrincipal) security.getUserPrincipal();
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Deployment d = registry.deploy(DeploySource.UPLOAD, file.length() > 200 ? file.substring(0, 200) : file,
                body, publish, me.username());
        audit.record(me, MODULE, "form.upload", "form", d.formId() + "@" + d.version(), d.outcome());
        if (d.refused()) {
            throw new ApiProblem(400, "Bad Request", "The form was refused: " + d.errors().size() + " error(s).",
                    d.errors().stream().map(e -> new ApiProblem.FieldError(e.path(), e.reason())).toList());
        }
        return Response.status(Deployment.UNCHANGED.equals(d.outcome()) ? 200 : 201).entity(d).build();
    }

    @POST
    @Path("{id}/{version}/publish")
    @RolesAllowed(Role.ADMIN)
    public Deployment publish(@PathParam("id") String id, @PathParam("version") String version,
            @Context SecurityContext security) {
        return step(id, version, "form.publish", security, registry::publish);
    }

    @POST
    @Path("{id}/{version}/retire")
    @RolesAllowed(Role.ADMIN)
    public Deployment retire(@PathParam("id") String id, @PathParam("version") String version,
            @Context SecurityContext security) {
        return step(id, version, "form.retire", security, registry::retire);
    }

    /** A life-cycle step on one version: found, audited, done. */
    private Deployment step(String id, String version, String action, SecurityContext security, Step step) {
        find(id, version);
        UserPrincipal me = (UserPrincipal) security.getUserPrincipal();
        audit.record(me, MODULE, action, "form", id + "@" + version, null);
        return step.apply(id, version, me.username());
    }

    @FunctionalInterface
    private interface Step {
        Deployment apply(String id, String version, String actor);
    }

    private DeployedForm find(String id, String version) {
        return registry.get(id, version).filter(f -> FormDefinition.ASSESSMENT.equals(f.kind()))
                .orElseThrow(() -> ApiProblem.notFound("No assessment form '" + id + "' version " + version + "."));
    }

    static FormSummary summary(DeployedForm f) {
        FormDefinition d = f.definition();
        return new FormSummary(f.id(), f.version(), f.kind(), f.status().code(), d.title(), d.description(),
                d.training(), d.reassessEvery(), f.source().code(), f.file(), f.deployedAt(),
                d.items().filter(i -> i.answerable()).count());
    }
}
