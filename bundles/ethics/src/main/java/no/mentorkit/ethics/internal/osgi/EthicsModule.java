package no.mentorkit.ethics.internal.osgi;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/** Announces the ethics module and serves its UI under {@code /ui/ethics/}. */
@Component(service = {ModuleDescriptor.class, EthicsModule.class})
@HttpWhiteboardResource(pattern = "/ui/ethics/*", prefix = "/web/ethics")
public class EthicsModule extends AnnouncedModule {

    @Activate
    public EthicsModule(BundleContext context) {
        super(context, EthicsCodes.MODULE, Map.of("nb", "Etikk", "nn", "Etikk", "en", "Ethics"), "/ui/ethics/ethics.js",
                Set.of("admin", "coordinator", "mentor", "supervisor"));
    }
}
