package no.mentorkit.platform.internal.status;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

/** {@code GET /api/admin/status}: what {@code mentorkit:status} prints, for admins. */
@Component(service = StatusResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("admin/status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class StatusResource {

    private final StatusService status;

    @Activate
    public StatusResource(@Reference StatusService status) {
        this.status = status;
    }

    @GET
    public StatusService.Report report() throws Exception {
        return status.report();
    }
}
