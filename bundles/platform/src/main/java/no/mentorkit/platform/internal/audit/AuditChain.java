package no.mentorkit.platform.internal.audit;

import java.time.Instant;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.internal.security.Tokens;

/**
 * The hash that seals an audit entry: SHA-256 over the previous hash and every field, each length-prefixed so
 * that no two different entries encode alike.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long id, Instant at, String actor, String remoteAddress,
            String module, String action, String recordType, String recordId, String detail) {
        StringBuilder sb = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(id), at.toString(), actor, remoteAddress, module,
                action, recordType, recordId, detail}) {
            if (field == null) {
                sb.append("-;");
            } else {
                sb.append(field.length()).append(':').append(field).append(';');
            }
        }
        return Tokens.sha256Hex(sb.toString());
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.previousHash(), e.id(), e.at(), e.actor(), e.remoteAddress(), e.module(), e.action(),
                e.recordType(), e.recordId(), e.detail());
    }
}
