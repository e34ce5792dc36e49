package no.mentorkit.platform.internal.backup;

import java.net.URI;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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

import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** {@code POST /api/admin/backups} writes a backup now; {@code GET} lists those in the backup folder. Admins only. */
@Component(service = BackupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class BackupResource {

    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @POST
    public Response write(@Context SecurityContext sc) {
        UserPrincipal me = (UserPrincipal) sc.getUserPrincipal();
        BackupService.Backup b = backups.write(me.username(), me.remoteAddress());
        return Response.created(URI.create("admin/backups/" + b.file())).entity(b).build();
    }

    @GET
    public List<BackupService.Backup> list() {
        return backups.list();
    }
}
