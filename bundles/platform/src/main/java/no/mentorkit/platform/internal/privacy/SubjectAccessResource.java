package no.mentorkit.platform.internal.privacy;

import javax.ws.rs.GET;
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

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * {@code GET /api/personal-data}: what Mentorkit holds about the signed-in user and who has read it;
 * {@code GET /api/personal-data/{userId}}: the same for an admin acting on a user's behalf.
 */
@Component(service = SubjectAccessResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {

    private final SubjectAccess access;

    @Activate
    public SubjectAccessResource(@Reference SubjectAccess access) {
        this.access = access;
    }

    @GET
    public SubjectAccess.Export mine(@Context SecurityContext sc) {
        UserPrincipal me = (UserPrincipal) sc.getUserPrincipal();
        return access.export(me, me.userId()).orElseThrow();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    public SubjectAccess.Export onBehalf(@PathParam("id") long id, @Context SecurityContext sc) {
        return access.export((UserPrincipal) sc.getUserPrincipal(), id)
                .orElseThrow(() -> new ApiProblem(404, "Not Found", "There is no user " + id + "."));
    }
}
