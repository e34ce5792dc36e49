package no.mentorkit.forms.internal.osgi;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/**
 * Announces the forms admin page and serves the form engine's UI under {@code /ui/forms/}: the admin page, and
 * the generic renderer and its styles for any module that fills forms.
 */
@Component(service = {ModuleDescriptor.class, FormsModule.class})
@HttpWhiteboardResource(pattern = "/ui/forms/*", prefix = "/web/forms")
public class FormsModule extends AnnouncedModule {

    @Activate
    public FormsModule(BundleContext context) {
        super(context, "forms", Map.of("nb", "Skjemaer", "nn", "Skjema", "en", "Forms"), "/ui/forms/forms.js",
                Set.of("admin", "coordinator"));
    }
}
