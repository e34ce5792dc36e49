package no.mentorkit.registry.internal.service;

import java.time.LocalDate;
import java.util.List;

import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.service.matching.Need;

/** What the API accepts. Codes arrive as strings and are checked field by field. */
public final class Inputs {

    private Inputs() {
    }

    /** A changed profile and the version it was based on. */
    public record MentorUpdate(Integer version, MentorProfile profile) {
    }

    public record NewCourse(String caseCode, String targetGroup, String level, CourseDetails details) {
    }

    public record CourseUpdate(Integer version, String targetGroup, String level, CourseDetails details) {
    }

    public record StatusChange(Integer version, String status, String reason) {
    }

    public record Reassignment(Integer version, Long mentorId, String reason) {
    }

    public record NewSession(LocalDate date, Integer minutes, String kind, String notes, String followUps) {
    }

    public record NewSupervision(LocalDate date, String supervisor, String form, String topics) {
    }

    public record NewMeeting(String network, LocalDate date, String topic, List<Long> attendees) {
    }

    public record MatchRequest(Need need, Integer limit) {
    }

    /** Confirms a proposed mentor: opens the course (or assigns the mentor to an existing one not yet active). */
    public record Confirmation(Need need, Long mentorId, CourseDetails details) {
    }
}
