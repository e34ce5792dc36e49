package no.mentorkit.platform.audit;

import java.time.Instant;

/** Filters for reading the audit log; {@code null} means no filter on that field. */
public record AuditQuery(String actor, String action, String module, String recordType, String recordId,
        Instant from, Instant to, int limit, int offset) {
}
