package no.mentorkit.ethics.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.Item;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

/**
 * The checklists ({@code /api/ethics/checklists}): forms of kind {@code checklist}, hot-deployed like any form, with
 * whether the organisation requires each.
 */
@Component(service = ChecklistResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/checklists")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class ChecklistResource {

    /** A checklist version as listed, without its items; {@code required} is the organisation's setting. */
    public record ChecklistSummary(String id, String version, String status, Map<String, String> title,
            Map<String, String> description, String appliesTo, String stage, boolean required, String source,
            String file, Instant deployedAt, long items) {
    }

    private final FormRegistry forms;
    private final RequirementStore requirements;

    @Activate
    public ChecklistResource(@Reference FormRegistry forms, @Reference RequirementStore requirements) {
        this.forms = forms;
        this.requirements = requirements;
    }

    /** Every stored checklist version (published, draft, retired), by id and then newest version first. */
    @GET
    public List<ChecklistSummary> checklists() {
        Set<String> required = requirements.current().required();
        return forms.list(FormDefinition.CHECKLIST).stream().map(f -> summary(f, required)).toList();
    }

    @GET
    @Path("{id}/{version}")
    public FormDefinition checklist(@PathParam("id") String id, @PathParam("version") String version) {
        return forms.get(id, version).filter(f -> FormDefinition.CHECKLIST.equals(f.kind()))
                .orElseThrow(() -> ApiProblem.notFound("No checklist '" + id + "' version " + version + "."))
                .definition();
    }

    static ChecklistSummary summary(DeployedForm f, Set<String> required) {
        FormDefinition d = f.definition();
        return new ChecklistSummary(f.id(), f.version(), f.status().code(), d.title(), d.description(),
                d.checklist().appliesTo(), d.checklist().stage(), required.contains(f.id()), f.source().code(),
                f.file(), f.deployedAt(), d.items().filter(Item::answerable).count());
    }
}
