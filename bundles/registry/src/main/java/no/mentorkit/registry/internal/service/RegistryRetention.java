package no.mentorkit.registry.internal.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;
import no.mentorkit.registry.internal.store.ExpiredRecords;

/**
 * The registry's retention: closed courses with their sessions and history, counted from closing; supervision
 * records and network meetings, counted from the day they were held; and the profiles of mentors who have left,
 * anonymised, counted from the last change of the profile (the one that marked them left). Defaults are long (five and three years) so that nothing is lost
 * before an organisation has decided; a legal hold on the case code or the mentor keeps a record.
 */
@Component
public class RegistryRetention implements RetentionParticipant {

    static final String CLOSED_COURSES = "closed-courses";
    static final String SUPERVISION = "supervision";
    static final String MENTORS_LEFT = "mentors-left";
    static final String NETWORK_MEETINGS = "network-meetings";

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
        return List.of(new RecordKind(CLOSED_COURSES, "course-closed", 5 * 365, RetentionAction.DELETE,
                        Set.of(RetentionAction.DELETE, RetentionAction.ANONYMISE, RetentionAction.KEEP)),
                RecordKind.deleted(SUPERVISION, "supervision-held", 3 * 365),
                // Anonymised, not deleted: closed courses and statistics name the mentor by id and network.
                new RecordKind(MENTORS_LEFT, "mentor-left", 2 * 365, RetentionAction.ANONYMISE,
                        Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
                RecordKind.deleted(NETWORK_MEETINGS, "meeting-held", 3 * 365));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return switch (kind) {
            case CLOSED_COURSES -> expired.closedBefore(cutoff, holds::caseHeld).size();
            case SUPERVISION -> expired.supervisionBefore(cutoff, holds::mentorHeld).size();
            case MENTORS_LEFT -> expired.leftBefore(cutoff, holds::mentorHeld).size();
            case NETWORK_MEETINGS -> expired.meetingsBefore(cutoff, holds::mentorHeld).size();
            default -> 0;
        };
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (MENTORS_LEFT.equals(kind)) {
            return action == RetentionAction.ANONYMISE
                    ? expired.anonymiseMentors(expired.leftBefore(cutoff, holds::mentorHeld)) : 0;
        }
        if (CLOSED_COURSES.equals(kind) && action == RetentionAction.ANONYMISE) {
            return expired.anonymiseCourses(expired.closedBefore(cutoff, holds::caseHeld));
        }
        if (action != RetentionAction.DELETE) {
            return 0;
        }
        return switch (kind) {
            case CLOSED_COURSES -> expired.deleteCourses(expired.closedBefore(cutoff, holds::caseHeld));
            case SUPERVISION -> expired.deleteSupervision(expired.supervisionBefore(cutoff, holds::mentorHeld));
            case NETWORK_MEETINGS -> expired.deleteMeetings(expired.meetingsBefore(cutoff, holds::mentorHeld));
            default -> 0;
        };
    }
}
