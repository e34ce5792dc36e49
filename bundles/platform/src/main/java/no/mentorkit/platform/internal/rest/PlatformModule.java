package no.mentorkit.platform.internal.rest;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/** The platform lists itself among the modules, so clients can read its version the same way. */
@Component(service = ModuleDescriptor.class)
public class PlatformModule extends AnnouncedModule {

    @Activate
    public PlatformModule(BundleContext context) {
        super(context, "platform", Map.of("nb", "Plattform", "nn", "Plattform", "en", "Platform"), null,
                Set.of());
    }
}
