package no.mentorkit.platform.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * The append-only audit log. Modules call {@link #record} for every read or change of personal data.
 * Each entry carries the hash of the one before it, so a changed or removed entry breaks the chain.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry in the caller's transaction (inside a REST request: the request's, so it commits with the
     * change it records) and returns it with its id. Its place in the hash chain is given once it has committed, so
     * the returned entry's hashes are {@code null}.
     */
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
    @ProviderType
    record AuditPage(long total, List<AuditEntry> entries) {
    }

    /**
     * The outcome of {@link #verify()}: {@code brokenAt} is the first entry whose hash does not hold;
     * {@code pending} counts entries committed but not yet linked into the chain (they are linked in order shortly
     * after their commit, and at start for any a crash left behind).
     */
    @ProviderType
    record ChainVerification(boolean valid, long checked, Long brokenAt, String detail, long pending) {

        public ChainVerification(boolean valid, long checked, Long brokenAt, String detail) {
            this(valid, checked, brokenAt, detail, 0);
        }
    }
}
