package no.mentorkit.platform.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.ModuleDescriptor;
import no.mentorkit.platform.rest.RestApi;

/** {@code GET /api/modules}: the installed modules, following the whiteboard of descriptors as bundles come and go. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    /** One module as the API shows it. */
    public record ModuleView(String id, String version, Map<String, String> title, String uiModule,
            List<String> roles) {
    }

    private final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor module) {
        modules.add(module);
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
    }

    @GET
    public List<ModuleView> list() {
        return modules.stream()
                .sorted(Comparator.comparing((ModuleDescriptor m) -> !"platform".equals(m.id())).thenComparing(ModuleDescriptor::id))
                .map(m -> new ModuleView(m.id(), m.version(), m.title(), m.uiModule(), m.roles().stream().sorted().toList()))
                .toList();
    }
}
