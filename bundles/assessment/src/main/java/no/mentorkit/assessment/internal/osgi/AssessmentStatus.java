package no.mentorkit.assessment.internal.osgi;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.status.StatusCounts;
import no.mentorkit.platform.storage.Storage;

/** The assessment module's line in {@code mentorkit:status}: assessments by status (counts, no case named). */
@Component(service = StatusContributor.class)
public class AssessmentStatus implements StatusContributor {

    private final Storage storage;

    @Activate
    public AssessmentStatus(@Reference Storage storage) {
        this.storage = storage;
    }

    @Override
    public String id() {
        return "assessment";
    }

    @Override
    public Status status() {
        Map<String, Long> assessments = StatusCounts.byStatus(storage.dataSource(), "assessment.assessments");
        return new Status(true, "assessments " + StatusCounts.summary(assessments), Map.of("assessments", assessments));
    }
}
