package no.mentorkit.assessment.internal.web;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.ModuleDescriptor;

/** Announces the assessment module and serves its UI under {@code /ui/assessment/}. */
@Component(service = {ModuleDescriptor.class, AssessmentModule.class})
@HttpWhiteboardResource(pattern = "/ui/assessment/*", prefix = "/web/assessment")
public class AssessmentModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public AssessmentModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "assessment";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return Map.of("nb", "Risikovurdering", "nn", "Risikovurdering", "en", "Risk assessment");
    }

    @Override
    public String uiModule() {
        return "/ui/assessment/assessment.js";
    }

    @Override
    public Set<String> roles() {
        return Set.of("admin", "coordinator", "mentor", "supervisor");
    }
}
