package no.mentorkit.registry.internal.web;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.ModuleDescriptor;

/** Announces the registry to the shell and serves its UI: {@code /ui/registry/x} is {@code /web/registry/x}. */
@Component(service = {ModuleDescriptor.class, RegistryModule.class})
@HttpWhiteboardResource(pattern = "/ui/registry/*", prefix = "/web/registry")
public class RegistryModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public RegistryModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "registry";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return Map.of("nb", "Mentorregister", "nn", "Mentorregister", "en", "Mentor registry");
    }

    @Override
    public String uiModule() {
        return "/ui/registry/registry.js";
    }

    @Override
    public Set<String> roles() {
        return Set.of("admin", "coordinator", "mentor", "supervisor");
    }
}
