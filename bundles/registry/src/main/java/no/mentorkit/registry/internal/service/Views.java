package no.mentorkit.registry.internal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.HistoryEntry;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.model.SessionEntry;

/** What the API answers with. */
public final class Views {

    private Views() {
    }

    /** A row of the mentor list. */
    public record MentorSummary(long id, String name, String status, String network, String municipality,
            String county, Integer age, String gender, List<String> languages, List<String> competences,
            boolean eligible, int activeCourses, int capacity, boolean demo) {
    }

    /** One mentor. The profile lacks background and belonging unless the caller is a coordinator. */
    public record MentorView(long id, int version, boolean demo, Integer age, boolean eligible, int activeCourses,
            String username, String supervisorUsername, MentorProfile profile, Instant updatedAt) {
    }

    /** One course with its session log and history. */
    public record CourseView(String caseCode, int version, String status, String targetGroup, String level,
            Long mentorId, String mentorName, String closedReason, boolean demo, CourseDetails details,
            List<SessionEntry> sessions, List<HistoryEntry> history, Instant createdAt, Instant updatedAt,
            CourseRetention retention) {
    }

    /**
     * What the retention schedule will do with a course once closed: the action and period in force, and for a
     * closed course when it falls due (absent while open, or when kept), whether a legal hold stops it, and
     * whether it has been anonymised already.
     */
    public record CourseRetention(String action, int keepDays, Instant dueAt, boolean held, boolean anonymised) {
    }

    /** A row of the course list. */
    public record CourseSummary(String caseCode, String status, String targetGroup, String level, Long mentorId,
            String mentorName, boolean demo, Instant updatedAt) {
    }

    /** A supervision session as the API shows it. */
    public record SupervisionView(long id, LocalDate date, String supervisor, String form, String topics) {
    }
}
