package no.mentorkit.library.internal.osgi;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.ModuleDescriptor;

/** Announces the library to the shell and serves its UI from {@code /web/library} in the bundle. */
@Component(service = ModuleDescriptor.class)
@HttpWhiteboardResource(pattern = "/ui/library/*", prefix = "/web/library")
public class LibraryModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public LibraryModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "library";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return Map.of("nb", "Kunnskapsbibliotek", "nn", "Kunnskapsbibliotek", "en", "Knowledge library");
    }

    @Override
    public String uiModule() {
        return "/ui/library/library.js";
    }
}
