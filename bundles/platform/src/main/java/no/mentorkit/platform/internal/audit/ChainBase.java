package no.mentorkit.platform.internal.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import no.mentorkit.platform.storage.Sql;

/**
 * Where the kept chain starts: the position and hash of the last entry a retention prune deleted, so the first kept
 * entry must chain to {@code hash}. Before any prune the base is the genesis (position 0, 64 zeros).
 *
 * @param prunedBefore the cutoff of the prune (null for the genesis)
 */
record ChainBase(long seq, String hash, Instant prunedBefore, Instant prunedAt, String prunedBy, long deleted) {

    static final ChainBase GENESIS = new ChainBase(0, AuditChain.GENESIS, null, null, null, 0);

    boolean pruned() {
        return seq > 0;
    }

    private static final String NEWEST = "SELECT chain_seq, hash, pruned_before, pruned_at, pruned_by, deleted "
            + "FROM platform.audit_chain_base ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY";

    /** The newest base recorded, or the genesis. */
    static ChainBase current(DataSource db) {
        return Sql.query(db, NEWEST, ps -> { }, ChainBase::read);
    }

    /** The same, on a connection in use (a prune's transaction). */
    static ChainBase current(Connection c) throws SQLException {
        return Sql.query(c, NEWEST, ps -> { }, ChainBase::read);
    }

    private static ChainBase read(ResultSet rs) throws SQLException {
        return rs.next() ? new ChainBase(rs.getLong(1), rs.getString(2), Sql.instant(rs, 3), Sql.instant(rs, 4),
                rs.getString(5), rs.getLong(6)) : GENESIS;
    }
}
