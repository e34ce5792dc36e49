package no.mentorkit.platform.internal.retention;

import java.net.URI;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * {@code /api/admin/retention}: the schedule with what the next run would do (the preview), the organisation's
 * rules, a run on demand, and legal holds. Admins only.
 */
@Component(service = RetentionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RetentionResource {

    /** A rule as set by the organisation. */
    public record RuleInput(Integer keepDays, String action) {
    }

    /** A legal hold to place. */
    public record HoldInput(String subjectKind, String subjectKey, String reason) {
    }

    private final RetentionService retention;

    @Activate
    public RetentionResource(@Reference RetentionService retention) {
        this.retention = retention;
    }

    @GET
    public List<RetentionService.Line> schedule() {
        return retention.schedule();
    }

    @PUT
    @Path("{module}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionService.Line setRule(@PathParam("module") String module, @PathParam("kind") String kind,
            RuleInput in, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        RuleInput body = in == null ? new RuleInput(null, null) : in;
        return retention.setRule(me.username(), me.remoteAddress(), module, kind, body.keepDays(), body.action());
    }

    @POST
    @Path("runs")
    public Map<String, Object> run(@Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        return Map.of("outcomes", retention.run(me.username(), me.remoteAddress()));
    }

    @GET
    @Path("holds")
    public List<RetentionStore.Hold> holds() {
        return retention.holdList();
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response placeHold(HoldInput in, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        HoldInput body = in == null ? new HoldInput(null, null, null) : in;
        RetentionStore.Hold h = retention.placeHold(me.username(), me.remoteAddress(), body.subjectKind(),
                body.subjectKey(), body.reason());
        return Response.created(URI.create("admin/retention/holds/" + h.id())).entity(h).build();
    }

    @POST
    @Path("holds/{id}/lift")
    public Response lift(@PathParam("id") long id, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        if (!retention.liftHold(me.username(), me.remoteAddress(), id)) {
            throw new ApiProblem(404, "Not Found", "There is no legal hold " + id + " in force.");
        }
        return Response.noContent().build();
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
