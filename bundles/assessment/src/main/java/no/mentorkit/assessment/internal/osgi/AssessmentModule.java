package no.mentorkit.assessment.internal.osgi;

import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

import no.mentorkit.platform.AnnouncedModule;
import no.mentorkit.platform.ModuleDescriptor;

/** Announces the assessment module and serves its UI under {@code /ui/assessment/}. */
@Component(service = {ModuleDescriptor.class, AssessmentModule.class})
@HttpWhiteboardResource(pattern = "/ui/assessment/*", prefix = "/web/assessment")
public class AssessmentModule extends AnnouncedModule {

    @Activate
    public AssessmentModule(BundleContext context) {
        super(context, "assessment", Map.of("nb", "Risikovurdering", "nn", "Risikovurdering", "en",
                "Risk assessment"), "/ui/assessment/assessment.js",
                Set.of("admin", "coordinator", "mentor", "supervisor"));
    }
}
