package no.mentorkit.platform.audit;

import java.util.List;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * The append-only audit log. Modules call {@link #record} for every read or change of personal data.
 * Each entry carries the hash of the one before it, so a changed or removed entry breaks the chain.
 */
public interface AuditLog {

    /** Appends an entry and returns it with its sequence number and hash. */
    AuditEntry record(AuditEvent event);

    /** Shorthand for an event by a signed-in user. */
    default AuditEntry record(UserPrincipal who, String module, String action, String recordType, String recordId,
            String detail) {
        return record(new AuditEvent(who.username(), who.remoteAddress(), module, action, recordType, recordId, detail));
    }

    /** Entries matching the query, newest first. */
    AuditPage find(AuditQuery query);

    /** Recomputes every hash from the first entry on. */
    ChainVerification verify();

    /** A page of entries and how many matched in all. */
    record AuditPage(long total, List<AuditEntry> entries) {
    }

    /** The outcome of {@link #verify()}: {@code brokenAt} is the first entry whose hash does not hold. */
    record ChainVerification(boolean valid, long checked, Long brokenAt, String detail) {
    }
}
