package no.mentorkit.registry.internal.osgi;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.status.StatusCounts;
import no.mentorkit.platform.storage.Storage;

/** The registry's line in {@code mentorkit:status}: mentors and courses by status (counts, no one named). */
@Component(service = StatusContributor.class)
public class RegistryStatus implements StatusContributor {

    private final Storage storage;

    @Activate
    public RegistryStatus(@Reference Storage storage) {
        this.storage = storage;
    }

    @Override
    public String id() {
        return "registry";
    }

    @Override
    public Status status() {
        Map<String, Long> mentors = StatusCounts.byStatus(storage.dataSource(), "registry.mentors");
        Map<String, Long> courses = StatusCounts.byStatus(storage.dataSource(), "registry.courses");
        return new Status(true, "mentors " + StatusCounts.summary(mentors) + "; courses " + StatusCounts.summary(courses),
                Map.of("mentors", mentors, "courses", courses));
    }
}
