package no.mentorkit.registry.internal.service.eligibility;

import java.time.LocalDate;

/** Something about a mentor that falls due (or is overdue) within the look-ahead: certificate or supervision. */
public record DueItem(long mentorId, String name, String code, LocalDate dueOn, boolean overdue) {
}
