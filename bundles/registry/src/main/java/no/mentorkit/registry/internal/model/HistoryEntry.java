package no.mentorkit.registry.internal.model;

import java.time.Instant;

/** A status change or mentor reassignment of a course: event {@code status} or {@code mentor}. */
public record HistoryEntry(String event, String from, String to, String reason, String changedBy, Instant changedAt) {
}
