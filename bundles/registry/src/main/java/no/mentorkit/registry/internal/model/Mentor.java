package no.mentorkit.registry.internal.model;

import java.time.Instant;

/** A stored mentor: the profile with its id, optimistic-locking version and demo flag. */
public record Mentor(long id, int version, boolean demo, MentorProfile profile, Instant updatedAt) {
}
