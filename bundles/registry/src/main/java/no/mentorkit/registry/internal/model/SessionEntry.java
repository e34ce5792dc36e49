package no.mentorkit.registry.internal.model;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a course's session log. */
public record SessionEntry(long id, LocalDate date, int minutes, String kind, String notes, String followUps,
        String recordedBy, Instant recordedAt) {
}
