package no.mentorkit.assessment.internal.service;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.assessment.internal.store.ExpiredAssessments;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;

/**
 * The assessment module's retention: assessments, five years after their last change by default; a legal hold on
 * the case code keeps them.
 */
@Component
public class AssessmentRetention implements RetentionParticipant {

    /** The module id, as in the audit log. */
    static final String MODULE = "assessment";
    static final String ASSESSMENTS = "assessments";

    private final ExpiredAssessments expired;

    @Activate
    public AssessmentRetention(@Reference ExpiredAssessments expired) {
        this.expired = expired;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<RecordKind> kinds() {
        return List.of(RecordKind.deleted(ASSESSMENTS, "assessment-changed", 5 * 365));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return ASSESSMENTS.equals(kind) ? expired.changedBefore(cutoff, holds::caseHeld).size() : 0;
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (!ASSESSMENTS.equals(kind) || action != RetentionAction.DELETE) {
            return 0;
        }
        return expired.delete(expired.changedBefore(cutoff, holds::caseHeld));
    }
}
