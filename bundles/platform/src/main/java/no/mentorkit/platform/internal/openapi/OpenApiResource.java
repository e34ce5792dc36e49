package no.mentorkit.platform.internal.openapi;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.platform.rest.RestApi;

/** {@code GET /api/openapi.json}: the API as it is now, for any signed-in user (its shape is no secret to them). */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    private final RegisteredResources resources;
    private final String version;

    @Activate
    public OpenApiResource(@Reference RegisteredResources resources, BundleContext context) {
        this.resources = resources;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    public ObjectNode describe() {
        return new OpenApiWriter().write(resources.all(), version, "/api");
    }
}
