package no.mentorkit.library.internal.model;

import java.time.Instant;
import java.util.List;

import no.mentorkit.library.internal.model.AccessLevel;

/**
 * A library resource as stored. {@code sourceKey} names the file it was loaded from (corpus, bulk import), so
 * loading the same file again updates it rather than adding a copy; null for resources made in the UI.
 */
public record Resource(long id, String sourceKey, String title, String summary, String body, String language,
        List<String> topics, List<String> audience, String source, String author, Integer year, String evidence,
        AccessLevel access, int version, Instant createdAt, Instant updatedAt) {

    public Resource {
        topics = List.copyOf(topics);
        audience = List.copyOf(audience);
    }

    /** The same content under another id and version, as the store assigns them. */
    public Resource withIdentity(long newId, int newVersion, Instant created, Instant updated) {
        return new Resource(newId, sourceKey, title, summary, body, language, topics, audience, source, author, year,
                evidence, access, newVersion, created, updated);
    }
}
