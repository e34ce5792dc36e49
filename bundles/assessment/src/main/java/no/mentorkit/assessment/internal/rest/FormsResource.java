package no.mentorkit.assessment.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

/**
 * The assessment instruments: {@code /api/assessment/forms}. Lists only forms of kind {@code assessment}; the
 * ethics module lists its checklists itself. Uploading, publishing and retiring is the forms module's admin API
 * ({@code /api/forms}).
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

    @Activate
    public FormsResource(@Reference FormRegistry registry) {
        this.registry = registry;
    }

    @GET
    public List<FormSummary> list() {
        return registry.list(FormDefinition.ASSESSMENT).stream().map(FormsResource::summary).toList();
    }

    @GET
    @Path("{id}/{version}")
    public FormDefinition definition(@PathParam("id") String id, @PathParam("version") String version) {
        return find(id, version).definition();
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
