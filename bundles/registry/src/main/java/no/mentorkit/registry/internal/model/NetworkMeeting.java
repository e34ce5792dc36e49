package no.mentorkit.registry.internal.model;

import java.time.LocalDate;
import java.util.List;

/** A regional network meeting and the mentors who attended. */
public record NetworkMeeting(long id, String network, LocalDate date, String topic, boolean demo,
        List<Long> attendees) {
}
