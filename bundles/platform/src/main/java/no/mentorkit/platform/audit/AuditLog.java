package no.mentorkit.platform.audit;

import java.time.Instant;
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

    /**
     * Recomputes every hash from the oldest kept entry on: the first entry, or after a retention prune the first
     * entry after the recorded base, which must chain to the base's hash.
     */
    ChainVerification verify();

    /** A page of entries and how many matched in all. */
    @ProviderType
    record AuditPage(long total, List<AuditEntry> entries) {
    }

    /**
     * The outcome of {@link #verify()}: {@code brokenAt} is the first entry whose hash does not hold;
     * {@code pending} counts entries committed but not yet linked into the chain (they are linked in order shortly
     * after their commit, and at start for any a crash left behind). {@code verifiedFrom} is the oldest entry the
     * walk started at (null when the chain is empty); {@code prunedBefore} is the cutoff of the last retention prune
     * when older entries were deleted (null when none were), so the answer says from where it proves integrity.
     */
    @ProviderType
    record ChainVerification(boolean valid, long checked, Long brokenAt, String detail, long pending,
            Position verifiedFrom, Instant prunedBefore) {

        public ChainVerification(boolean valid, long checked, Long brokenAt, String detail) {
            this(valid, checked, brokenAt, detail, 0);
        }

        public ChainVerification(boolean valid, long checked, Long brokenAt, String detail, long pending) {
            this(valid, checked, brokenAt, detail, pending, null, null);
        }
    }

    /** An entry's place in the chain and its time. */
    @ProviderType
    record Position(long seq, Instant at) {
    }
}
