package no.mentorkit.registry.internal.service;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;
import no.mentorkit.registry.internal.store.ExpiredRecords;

/**
 * The registry's retention: closed courses with their sessions and history, counted from closing, and supervision
 * records, counted from the day they were held. Defaults are long (five and three years) so that nothing is lost
 * before an organisation has decided; a legal hold on the case code or the mentor keeps a record.
 */
@Component
public class RegistryRetention implements RetentionParticipant {

    static final String CLOSED_COURSES = "closed-courses";
    static final String SUPERVISION = "supervision";

    private final ExpiredRecords expired;

    @Activate
    public RegistryRetention(@Reference ExpiredRecords expired) {
        this.expired = expired;
    }

    @Override
    public String module() {
        return RegistryService.MODULE;
    }

    @Override
    public List<RecordKind> kinds() {
        return List.of(RecordKind.deleted(CLOSED_COURSES, "course-closed", 5 * 365),
                RecordKind.deleted(SUPERVISION, "supervision-held", 3 * 365));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return switch (kind) {
            case CLOSED_COURSES -> expired.closedBefore(cutoff, holds::caseHeld).size();
            case SUPERVISION -> expired.supervisionBefore(cutoff, holds::mentorHeld).size();
            default -> 0;
        };
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (action != RetentionAction.DELETE) {
            return 0;
        }
        return switch (kind) {
            case CLOSED_COURSES -> expired.deleteCourses(expired.closedBefore(cutoff, holds::caseHeld));
            case SUPERVISION -> expired.deleteSupervision(expired.supervisionBefore(cutoff, holds::mentorHeld));
            default -> 0;
        };
    }
}
