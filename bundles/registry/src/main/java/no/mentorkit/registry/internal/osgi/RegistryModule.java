package no.mentorkit.registry.internal.osgi;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/** Announces the registry to the shell and serves its UI: {@code /ui/registry/x} is {@code /web/registry/x}. */
@Component(service = {ModuleDescriptor.class, RegistryModule.class})
@HttpWhiteboardResource(pattern = "/ui/registry/*", prefix = "/web/registry")
public class RegistryModule extends AnnouncedModule {

    @Activate
    public RegistryModule(BundleContext context) {
        super(context, "registry", Map.of("nb", "Mentorregister", "nn", "Mentorregister", "en",
                "Mentor registry"), "/ui/registry/registry.js",
                Set.of("admin", "coordinator", "mentor", "supervisor"));
    }
}
