package no.mentorkit.platform.internal.rest;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.mentorkit.platform.ModuleDescriptor;

/** The platform lists itself among the modules, so clients can read its version the same way. */
@Component(service = ModuleDescriptor.class)
public class PlatformModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public PlatformModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "platform";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return Map.of("nb", "Plattform", "nn", "Plattform", "en", "Platform");
    }
}
