package no.mentorkit.ethics.internal.web;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.ethics.EthicsCodes;
import no.mentorkit.platform.ModuleDescriptor;

/** Announces the ethics module and serves its UI under {@code /ui/ethics/}. */
@Component(service = {ModuleDescriptor.class, EthicsModule.class})
@HttpWhiteboardResource(pattern = "/ui/ethics/*", prefix = "/web/ethics")
public class EthicsModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public EthicsModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return EthicsCodes.MODULE;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return Map.of("nb", "Etikk", "nn", "Etikk", "en", "Ethics");
    }

    @Override
    public String uiModule() {
        return "/ui/ethics/ethics.js";
    }

    @Override
    public Set<String> roles() {
        return Set.of("admin", "coordinator", "mentor", "supervisor");
    }
}
