package no.mentorkit.library.internal.model;

import java.time.Instant;
import java.util.List;

import no.mentorkit.library.internal.service.importer.MarkdownText;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.store.ResourceStore.Attachment;

/** A resource as the API shows it: the Markdown body and the same body as plain blocks for safe rendering. */
public record DocumentView(String id, String title, String summary, String body, List<MarkdownText.Block> blocks,
        String language, List<String> topics, List<String> audience, String source, String author, Integer year,
        String evidence, String access, int version, Instant createdAt, Instant updatedAt,
        List<Attachment> attachments) {

    public static DocumentView of(Resource r, List<Attachment> attachments) {
        return new DocumentView(Long.toString(r.id()), r.title(), r.summary(), r.body(), MarkdownText.blocks(r.body()),
                r.language(), r.topics(), r.audience(), r.source(), r.author(), r.year(), r.evidence(),
                r.access().code(), r.version(), r.createdAt(), r.updatedAt(), attachments);
    }
}
