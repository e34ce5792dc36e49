package no.mentorkit.registry.internal.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import no.mentorkit.platform.retention.RetentionRule;
import no.mentorkit.platform.retention.RetentionSchedule;
import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.HistoryEntry;
import no.mentorkit.registry.internal.service.Views.CourseRetention;
import no.mentorkit.registry.internal.store.ExpiredRecords;

/**
 * Tells on a course when the schedule will delete it, counted as {@link RegistryRetention} counts: from the
 * latest change of status to closed.
 */
final class CourseDeletion {

    private CourseDeletion() {
    }

    /** The course's retention, or null when the platform publishes no schedule. */
    static CourseRetention of(Course c, List<HistoryEntry> history, RetentionSchedule schedule) {
        if (schedule == null) {
            return null;
        }
        boolean anonymised = ExpiredRecords.isAnonymised(c.caseCode());
        return schedule.rule(RegistryService.MODULE, RegistryRetention.CLOSED_COURSES)
                .map(rule -> new CourseRetention(rule.action().name(), rule.keepDays(),
                        anonymised ? null : dueAt(c, history, rule), schedule.holds().caseHeld(c.caseCode()), anonymised))
                .orElse(null);
    }

    private static Instant dueAt(Course c, List<HistoryEntry> history, RetentionRule rule) {
        if (!"closed".equals(c.status())) {
            return null;
        }
        return history.stream().filter(h -> "status".equals(h.event()) && "closed".equals(h.to()))
                .map(HistoryEntry::changedAt).max(Comparator.naturalOrder())
                .flatMap(rule::dueAt).orElse(null);
    }
}
