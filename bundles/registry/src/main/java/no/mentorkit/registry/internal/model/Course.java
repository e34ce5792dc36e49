package no.mentorkit.registry.internal.model;

import java.time.Instant;

/** A stored course of mentoring, known by its pseudonymous case code. */
public record Course(long id, String caseCode, int version, String status, String targetGroup, String level,
        Long mentorId, String closedReason, boolean demo, CourseDetails details, Instant createdAt, Instant updatedAt) {
}
