package no.mentorkit.registry.internal.model;

import java.time.LocalDate;

/** A supervision session a mentor had: date, supervisor, individual or group, topics. */
public record Supervision(long id, long mentorId, LocalDate date, String supervisor, String form, String topics) {
}
