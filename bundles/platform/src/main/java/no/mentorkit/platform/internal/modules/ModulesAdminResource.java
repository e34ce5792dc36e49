package no.mentorkit.platform.internal.modules;

import java.net.URI;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * The Modules page's API, for admins: {@code GET /api/admin/modules} lists every module and profile this
 * installation can run and what is installed; {@code POST /api/admin/modules/{id}/install} and {@code …/uninstall}
 * start a change (202, followed at {@code /api/admin/modules/changes/{n}}).
 */
@Component(service = ModulesAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ModulesAdminResource {

    /** Everything the page shows. */
    public record Overview(List<ModuleCatalog.Module> modules, List<ModuleCatalog.Profile> profiles,
            List<ModuleChanges.Change> changes) {
    }

    private final ModuleCatalog catalog;
    private final ModuleChanges changes;

    @Activate
    public ModulesAdminResource(@Reference ModuleCatalog catalog, @Reference ModuleChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @GET
    public Overview overview() throws Exception {
        return new Overview(catalog.modules(), catalog.profiles(), changes.recent());
    }

    @POST
    @Path("{id}/install")
    public Response install(@PathParam("id") String id, @Context SecurityContext security) throws Exception {
        return accepted(changes.install(id, (UserPrincipal) security.getUserPrincipal()));
    }

    @POST
    @Path("{id}/uninstall")
    public Response uninstall(@PathParam("id") String id, @Context SecurityContext security) throws Exception {
        return accepted(changes.uninstall(id, (UserPrincipal) security.getUserPrincipal()));
    }

    @GET
    @Path("changes/{n}")
    public ModuleChanges.Change change(@PathParam("n") long n) {
        return changes.change(n).orElseThrow(() -> ApiProblem.notFound("There is no recent module change " + n + "."));
    }

    private static Response accepted(ModuleChanges.Change change) {
        return Response.accepted(change).location(URI.create("admin/modules/changes/" + change.id())).build();
    }
}
