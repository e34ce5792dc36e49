package no.mentorkit.platform.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What happened, before it is sealed into the chain.
 *
 * @param actor username, or {@code system} / {@code anonymous}
 * @param remoteAddress where the request came from, if from a request
 * @param module module id that records it
 * @param action verb such as {@code read}, {@code create}, {@code update}, {@code login.failed}
 * @param recordType kind of record touched, e.g. {@code user}, {@code course}
 * @param recordId id of the record touched
 * @param detail short free text; never the personal data itself
 */
@ProviderType
public record AuditEvent(String actor, String remoteAddress, String module, String action, String recordType,
        String recordId, String detail) {
}
