package no.mentorkit.platform.audit;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/** An entry as stored: the event, its place in the chain and the hashes that seal it. */
@ProviderType
public record AuditEntry(long id, Instant at, String actor, String remoteAddress, String module, String action,
        String recordType, String recordId, String detail, String previousHash, String hash) {
}
