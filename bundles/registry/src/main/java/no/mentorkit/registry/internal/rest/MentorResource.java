package no.mentorkit.registry.internal.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.service.Inputs;
import no.mentorkit.registry.internal.service.RegistryService;
import no.mentorkit.registry.internal.service.Views.MentorSummary;
import no.mentorkit.registry.internal.service.Views.MentorView;
import no.mentorkit.registry.internal.service.Views.SupervisionView;
import no.mentorkit.registry.internal.service.eligibility.DueItem;
import no.mentorkit.registry.internal.service.eligibility.EligibilityReport;

/** Mentor profiles, eligibility and supervision: {@code /api/registry/mentors}. RegistryAccess is decided by the service. */
@Component(service = MentorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("registry")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class MentorResource {

    private final RegistryService registry;

    @Activate
    public MentorResource(@Reference RegistryService registry) {
        this.registry = registry;
    }

    static UserPrincipal me(SecurityContext security) {
        return (UserPrincipal) security.getUserPrincipal();
    }

    @GET
    @Path("mentors")
    public List<MentorSummary> list(@Context UriInfo uri, @Context SecurityContext security) {
        Map<String, String> filter = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> filter.put(k, v.isEmpty() ? null : v.get(0)));
        return registry.listMentors(me(security), filter);
    }

    @POST
    @Path("mentors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MentorProfile profile, @Context SecurityContext security) {
        MentorView created = registry.createMentor(me(security), CourseResource.body(profile));
        return Response.created(URI.create("registry/mentors/" + created.id())).entity(created).build();
    }

    @GET
    @Path("mentors/{id}")
    public MentorView get(@PathParam("id") long id, @Context SecurityContext security) {
        return registry.getMentor(me(security), id);
    }

    @PUT
    @Path("mentors/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MentorView update(@PathParam("id") long id, Inputs.MentorUpdate in, @Context SecurityContext security) {
        return registry.updateMentor(me(security), id, CourseResource.body(in));
    }

    @GET
    @Path("mentors/{id}/eligibility")
    public EligibilityReport eligibility(@PathParam("id") long id, @Context SecurityContext security) {
        return registry.eligibility(me(security), id);
    }

    @GET
    @Path("mentors/{id}/supervision")
    public List<SupervisionView> supervision(@PathParam("id") long id, @Context SecurityContext security) {
        return registry.supervisions(me(security), id);
    }

    @POST
    @Path("mentors/{id}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSupervision(@PathParam("id") long id, Inputs.NewSupervision in,
            @Context SecurityContext security) {
        SupervisionView created = registry.addSupervision(me(security), id, CourseResource.body(in));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("due")
    public List<DueItem> due(@Context SecurityContext security) {
        return registry.dueSoon(me(security));
    }
}
