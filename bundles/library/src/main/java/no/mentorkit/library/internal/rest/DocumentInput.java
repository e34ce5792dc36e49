package no.mentorkit.library.internal.rest;

import java.util.List;

import no.mentorkit.library.internal.model.Draft;

/** A resource as clients send it; {@code version} is required on updates (optimistic locking). */
public record DocumentInput(String title, String summary, String body, String language, List<String> topics,
        List<String> audience, String source, String author, Integer year, String evidence, String access,
        Integer version) {

    Draft toDraft() {
        return new Draft(null, title, summary, body, language, topics, audience, source, author, year, evidence,
                access == null ? "all" : access);
    }
}
