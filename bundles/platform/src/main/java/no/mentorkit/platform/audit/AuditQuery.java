package no.mentorkit.platform.audit;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/** Filters for reading the audit log; {@code null} means no filter on that field. */
@ProviderType
public record AuditQuery(String actor, String action, String module, String recordType, String recordId,
        Instant from, Instant to, int limit, int offset) {
}
