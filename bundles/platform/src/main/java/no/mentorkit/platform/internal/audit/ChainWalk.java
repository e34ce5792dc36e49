package no.mentorkit.platform.internal.audit;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.audit.AuditLog.ChainVerification;
import no.mentorkit.platform.audit.AuditLog.Position;

/**
 * One walk along the linked chain from its base: each entry must hold the next position, chain to the hash before
 * it (for the first kept entry: the base's hash) and hash to what it holds. Kept apart from the database so that
 * the rules can be tested alone.
 */
final class ChainWalk {

    private final ChainBase base;
    private String previous;
    private long expected;
    private long checked;
    private Position first;
    private ChainVerification broken;

    ChainWalk(ChainBase base) {
        this.base = base;
        this.previous = base.hash();
        this.expected = base.seq() + 1;
    }

    /** Takes the entry at {@code position}; false once the chain is broken (later entries prove nothing more). */
    boolean next(long position, AuditEntry e) {
        if (broken != null) {
            return false;
        }
        if (first == null) {
            first = new Position(position, e.at());
        }
        if (position != expected) {
            return fail(e, "Chain position " + expected + " is missing before entry " + e.id());
        }
        if (!previous.equals(e.previousHash())) {
            return fail(e, expected == base.seq() + 1 && base.pruned()
                    ? "Entry " + e.id() + " does not follow the base left by the prune of " + base.prunedAt()
                    : "Entry " + e.id() + " does not follow the hash of the entry before it");
        }
        if (!AuditChain.hashOf(e).equals(e.hash())) {
            return fail(e, "Entry " + e.id() + " was changed after it was written");
        }
        previous = e.hash();
        expected++;
        checked++;
        return true;
    }

    private boolean fail(AuditEntry e, String why) {
        broken = new ChainVerification(false, checked, e.id(), why, 0, first, base.prunedBefore());
        return false;
    }

    ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        String from = first == null ? "" : " from position " + first.seq() + " (" + first.at() + ")";
        String pruned = base.pruned() ? "; entries before " + base.prunedBefore() + " were deleted by retention and "
                + "the kept chain starts at the base their prune left" : "";
        return new ChainVerification(true, checked, null, "All " + checked + " entries" + from + " hold" + pruned, 0,
                first, base.prunedBefore());
    }
}
