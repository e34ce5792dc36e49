package no.mentorkit.ethics.internal.rest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.ethics.internal.store.RequirementStore.Requirements;
import no.mentorkit.forms.DeployedForm;
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
 * The organisation's requirements ({@code /api/ethics/requirements}): which checklists are required. Everyone reads
 * them; admins change them, naming the version they read (409 when it moved on).
 */
@Component(service = RequirementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/requirements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class RequirementResource {

    private static final String MODULE = EthicsCodes.MODULE;

    public record RequirementsChange(List<String> required, Integer version) {
    }

    private final FormRegistry forms;
    private final RequirementStore requirements;
    private final AuditLog audit;

    @Activate
    public RequirementResource(@Reference FormRegistry forms, @Reference RequirementStore requirements,
            @Reference AuditLog audit) {
        this.forms = forms;
        this.requirements = requirements;
        this.audit = audit;
    }

    @GET
    public Requirements requirements(@Context SecurityContext sc) {
        audit.record(me(sc), MODULE, "read", "requirements", "*", null);
        return requirements.current();
    }

    @PUT
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
        audit.record(me, MODULE, "update", "requirements", "*", String.join(",", new TreeSet<>(ids)));
        return requirements.current();
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
