package no.mentorkit.library.internal.osgi;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/** Announces the library to the shell and serves its UI from {@code /web/library} in the bundle. */
@Component(service = ModuleDescriptor.class)
@HttpWhiteboardResource(pattern = "/ui/library/*", prefix = "/web/library")
public class LibraryModule extends AnnouncedModule {

    @Activate
    public LibraryModule(BundleContext context) {
        super(context, "library", Map.of("nb", "Kunnskapsbibliotek", "nn", "Kunnskapsbibliotek", "en",
                "Knowledge library"), "/ui/library/library.js", Set.of());
    }
}
