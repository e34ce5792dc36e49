package no.mentorkit.platform.internal.audit;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/**
 * Deletes audit entries past their retention from the oldest end of the chain, leaving a base that keeps the rest
 * verifiable: the position and hash of the last deleted entry, recorded in the database and signed into the
 * checkpoint log. Only a prefix of the chain goes (the oldest entries up to the first one not yet due), and never
 * the entry the last head checkpoint anchors, so that checkpoint can still be checked.
 */
@Component(service = AuditPruner.class)
public class AuditPruner {

    private final DataSource db;
    private final AuditCheckpoints checkpoints;

    @Activate
    public AuditPruner(@Reference Storage storage, @Reference AuditCheckpoints checkpoints) {
        this.db = storage.dataSource();
        this.checkpoints = checkpoints;
    }

    /** How many entries a prune with this cutoff would delete now (the run checkpoints the head first). */
    public long due(Instant cutoff) {
        return Sql.transaction(db, c -> {
            long head = Sql.query(c, "SELECT chain_seq FROM platform.audit_chain_head WHERE id = 1", ps -> { },
                    rs -> rs.next() ? rs.getLong(1) : 0L);
            ChainBase base = ChainBase.current(c);
            return count(c, base, lastDue(c, base, cutoff, head));
        });
    }

    /**
     * Deletes the due entries in the caller's transaction and records the base they leave; returns how many. The
     * base's signed line is written before the commit (see {@link AuditCheckpoints#anchorBase}).
     */
    public long prune(Instant cutoff, String by) {
        long anchored;
        try {
            anchored = checkpoints.anchorHead();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The audit head could not be checkpointed, so nothing was pruned", e);
        }
        return Sql.transaction(db, c -> {
            ChainBase base = ChainBase.current(c);
            long last = lastDue(c, base, cutoff, anchored);
            if (last <= base.seq()) {
                return 0L;
            }
            String hash = Sql.query(c, "SELECT hash FROM platform.audit_log WHERE chain_seq = ?",
                    ps -> ps.setLong(1, last), rs -> rs.next() ? rs.getString(1) : null);
            if (hash == null) {
                throw new SQLException("Audit chain position " + last + " is missing; nothing was pruned");
            }
            long deleted = Sql.update(c, "DELETE FROM platform.audit_log WHERE chain_seq > ? AND chain_seq <= ?", ps -> {
                ps.setLong(1, base.seq());
                ps.setLong(2, last);
            });
            Sql.update(c, "INSERT INTO platform.audit_chain_base (chain_seq, hash, pruned_before, pruned_at, pruned_by, "
                    + "deleted) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setLong(1, last);
                        ps.setString(2, hash);
                        ps.setObject(3, cutoff.atOffset(ZoneOffset.UTC));
                        ps.setObject(4, Sql.now());
                        ps.setString(5, by);
                        ps.setLong(6, deleted);
                    });
            try {
                checkpoints.anchorBase(last, hash);
            } catch (IOException | GeneralSecurityException e) {
                throw new SQLException("The new audit chain base could not be signed; nothing was pruned", e);
            }
            return (long) deleted;
        });
    }

    /**
     * The newest position that may go: just before the first kept entry written at or after the cutoff, and before
     * the anchored position {@code keep}, whose entry the head checkpoint needs.
     */
    private static long lastDue(Connection c, ChainBase base, Instant cutoff, long keep) throws SQLException {
        long firstKept = Sql.query(c, "SELECT chain_seq FROM platform.audit_log WHERE chain_seq > ? AND at >= ? "
                + "ORDER BY chain_seq FETCH FIRST 1 ROWS ONLY", ps -> {
                    ps.setLong(1, base.seq());
                    ps.setObject(2, cutoff.atOffset(ZoneOffset.UTC));
                }, rs -> rs.next() ? rs.getLong(1) : Long.MAX_VALUE);
        return Math.min(firstKept, keep) - 1;
    }

    private static long count(Connection c, ChainBase base, long last) throws SQLException {
        if (last <= base.seq()) {
            return 0;
        }
        return Sql.query(c, "SELECT COUNT(*) FROM platform.audit_log WHERE chain_seq > ? AND chain_seq <= ?", ps -> {
            ps.setLong(1, base.seq());
            ps.setLong(2, last);
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }
}
