package no.mentorkit.registry.internal.rest;

import static no.mentorkit.registry.internal.rest.MentorResource.me;

import java.net.URI;
import java.util.List;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.registry.internal.model.NetworkMeeting;
import no.mentorkit.registry.internal.service.Inputs;
import no.mentorkit.registry.internal.service.RegistryService;
import no.mentorkit.registry.internal.service.Views.CourseSummary;
import no.mentorkit.registry.internal.service.Views.CourseView;
import no.mentorkit.registry.internal.service.matching.MatchResult;

/**
 * Courses of mentoring, matching and network meetings: {@code /api/registry/courses}, {@code /api/registry/match},
 * {@code /api/registry/networks/meetings}. RegistryAccess is decided by the service.
 */
@Component(service = CourseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("registry")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class CourseResource {

    private final RegistryService registry;

    @Activate
    public CourseResource(@Reference RegistryService registry) {
        this.registry = registry;
    }

    static <T> T body(T in) {
        if (in == null) {
            throw ApiProblem.badRequest("A JSON body is required.");
        }
        return in;
    }

    @GET
    @Path("courses")
    public List<CourseSummary> list(@Context SecurityContext security) {
        return registry.listCourses(me(security));
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Inputs.NewCourse in, @Context SecurityContext security) {
        CourseView created = registry.createCourse(me(security), body(in));
        return Response.created(URI.create("registry/courses/" + created.caseCode())).entity(created).build();
    }

    @GET
    @Path("courses/{code}")
    public CourseView get(@PathParam("code") String code, @Context SecurityContext security) {
        return registry.getCourse(me(security), code);
    }

    @PUT
    @Path("courses/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView update(@PathParam("code") String code, Inputs.CourseUpdate in, @Context SecurityContext security) {
        return registry.updateCourse(me(security), code, body(in));
    }

    @POST
    @Path("courses/{code}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView status(@PathParam("code") String code, Inputs.StatusChange in, @Context SecurityContext security) {
        return registry.changeStatus(me(security), code, body(in));
    }

    @POST
    @Path("courses/{code}/mentor")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView reassign(@PathParam("code") String code, Inputs.Reassignment in,
            @Context SecurityContext security) {
        return registry.reassign(me(security), code, body(in));
    }

    @POST
    @Path("courses/{code}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("code") String code, Inputs.NewSession in,
            @Context SecurityContext security) {
        return Response.status(201).entity(registry.addSession(me(security), code, body(in))).build();
    }

    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    public MatchResult match(Inputs.MatchRequest in, @Context SecurityContext security) {
        return registry.match(me(security), body(in).need(), in.limit());
    }

    @POST
    @Path("match/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(Inputs.Confirmation in, @Context SecurityContext security) {
        CourseView course = registry.confirm(me(security), body(in));
        return Response.created(URI.create("registry/courses/" + course.caseCode())).entity(course).build();
    }

    @GET
    @Path("networks/meetings")
    public List<NetworkMeeting> meetings(@Context SecurityContext security) {
        return registry.meetings(me(security));
    }

    @POST
    @Path("networks/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMeeting(Inputs.NewMeeting in, @Context SecurityContext security) {
        return Response.status(201).entity(registry.addMeeting(me(security), body(in))).build();
    }
}
