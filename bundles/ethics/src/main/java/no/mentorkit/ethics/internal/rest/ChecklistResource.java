package no.mentorkit.ethics.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.EthicsCodes;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.ethics.internal.store.RequirementStore.Requirements;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.Item;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * The checklists ({@code /api/ethics/checklists}: forms of kind {@code checklist}, hot-deployed like any form) and
 * the organisation's requirements ({@code /api/ethics/requirements}: which checklists are required; admins change
 * them).
 */
@Component(service = ChecklistResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class ChecklistResource {

    private static final String MODULE = EthicsCodes.MODULE;

    /** A checklist version as listed, without its items; {@code required} is the organisation's setting. */
    public record ChecklistSummary(String id, String version, String status, Map<String, String> title,
            Map<String, String> description, String appliesTo, String stage, boolean required, String source,
            String file, Instant deployedAt, long items) {
    }

    public record RequirementsChange(List<String> required, Integer version) {
    }

    private final FormRegistry forms;
    private final RequirementStore requirements;
    private final AuditLog audit;

    @Activate
    public ChecklistResource(@Reference FormRegistry forms, @Reference RequirementStore requirements,
            @Reference AuditLog audit) {
        this.forms = forms;
        this.requirements = requirements;
        this.audit = audit;
    }

    /** Every stored checklist version (published, draft, retired), by id and then newest version first. */
    @GET
    @Path("checklists")
    public List<ChecklistSummary> checklists() {
        Set<String> required = requirements.current().required();
        return forms.list(FormDefinition.CHECKLIST).stream().map(f -> summary(f, required)).toList();
    }

    @GET
    @Path("checklists/{id}/{version}")
    public FormDefinition checklist(@PathParam("id") String id, @PathParam("version") String version) {
        return forms.get(id, version).filter(f -> FormDefinition.CHECKLIST.equals(f.kind()))
                .orElseThrow(() -> ApiProblem.notFound("No checklist '" + id + "' version " + version + "."))
                .definition();
    }

    @GET
    @Path("requirements")
    public Requirements requirements(@Context SecurityContext sc) {
        audit.record(me(sc), MODULE, "read", "requirements", "*", null);
        return requirements.current();
    }

    @PUT
    @Path("requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public Requirements change(RequirementsChange in, @Context SecurityContext sc) {
        Validation v = new Validation().required("version", in.version()).required("required", in.required());
        Set<String> known = forms.list(FormDefinition.CHECKLIST).stream().map(DeployedForm::id)
                .collect(Collectors.toSet());
        List<String> ids = in.required() == null ? List.of() : in.required();
        for (int i = 0; i < ids.size(); i++) {
            v.check(ids.get(i) != null && known.contains(ids.get(i)), "required[" + i + "]", "no checklist with this id");
        }
        v.throwIfInvalid();
        UserPrincipal me = me(sc);
        if (!requirements.replace(ids, in.version(), me.username())) {
            throw ApiProblem.conflict("The requirements were changed meanwhile; reload them and try again.");
        }
        audit.record(me, MODULE, "update", "requirements", "*", String.join(",", new java.util.TreeSet<>(ids)));
        return requirements.current();
    }

    static ChecklistSummary summary(DeployedForm f, Set<String> required) {
        FormDefinition d = f.definition();
        return new ChecklistSummary(f.id(), f.version(), f.status().code(), d.title(), d.description(),
                d.checklist().appliesTo(), d.checklist().stage(), required.contains(f.id()), f.source().code(),
                f.file(), f.deployedAt(), d.items().filter(Item::answerable).count());
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
