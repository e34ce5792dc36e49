package no.mentorkit.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.storage.Sql;

/**
 * Links committed audit entries into the hash chain, oldest id first, on one thread of its own. Requests only
 * insert their entries (in their own transaction, so they never wait for one another); this thread gives each
 * committed entry the next chain position and the hash over the entry before it. The chain head is a row locked
 * for the length of each batch, so a second chainer (another node on the same PostgreSQL) waits instead of forking
 * the chain. Entries a crash left unlinked are linked at the next start.
 */
final class AuditChainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainer.class);
    private static final int BATCH = 500;
    /** A safety net: entries committed while no one asked for a link are linked within this time anyway. */
    private static final long POLL_MILLIS = 500;
    private static final long GATHER_MILLIS = 20;

    private final DataSource db;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mentorkit-audit-chainer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    AuditChainer(DataSource db) {
        this.db = db;
        thread.scheduleWithFixedDelay(this::linkQuietly, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for a link soon. Many asks while one is queued make one run, a few milliseconds later, so that under load
     * one chainer transaction (one commit) links the entries of many requests.
     */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    wakeQueued.set(false);
                    linkQuietly();
                }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                wakeQueued.set(false); // closing
            }
        }
    }

    /** Links everything committed so far and waits for it (verify calls this so it sees a settled chain). */
    void linkNow() {
        CompletableFuture<Void> done = CompletableFuture.runAsync(this::linkAll, thread);
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Linking the audit chain before a verify failed; verify counts what is left as pending", e);
        }
    }

    private void linkQuietly() {
        try {
            linkAll();
        } catch (RuntimeException e) {
            LOG.warn("Linking the audit chain failed; trying again shortly", e);
        }
    }

    private void linkAll() {
        while (linkBatch() == BATCH) {
            // more waiting
        }
    }

    /** Links up to one batch of unlinked committed entries in one transaction; returns how many. */
    private int linkBatch() {
        return Sql.transaction(db, c -> {
            String[] head = Sql.query(c, "SELECT chain_seq, hash FROM platform.audit_chain_head WHERE id = 1 FOR UPDATE",
                    ps -> { }, rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null);
            if (head == null) {
                throw new SQLException("The audit chain head row is missing");
            }
            List<AuditEntry> unlinked = Sql.query(c, "SELECT " + JdbcAuditLog.COLUMNS
                    + " FROM platform.audit_log WHERE chain_seq IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY",
                    ps -> { }, AuditChainer::readAll);
            if (unlinked.isEmpty()) {
                return 0;
            }
            long seq = Long.parseLong(head[0]);
            String previous = head[1];
            for (AuditEntry e : unlinked) {
                seq++;
                String hash = AuditChain.hash(previous, e.id(), e.at(), e.actor(), e.remoteAddress(), e.module(),
                        e.action(), e.recordType(), e.recordId(), e.detail());
                long position = seq;
                String before = previous;
                Sql.update(c, "UPDATE platform.audit_log SET chain_seq = ?, previous_hash = ?, hash = ? WHERE id = ?",
                        ps -> {
                            ps.setLong(1, position);
                            ps.setString(2, before);
                            ps.setString(3, hash);
                            ps.setLong(4, e.id());
                        });
                previous = hash;
            }
            long last = seq;
            String lastHash = previous;
            Sql.update(c, "UPDATE platform.audit_chain_head SET chain_seq = ?, hash = ? WHERE id = 1", ps -> {
                ps.setLong(1, last);
                ps.setString(2, lastHash);
            });
            return unlinked.size();
        });
    }

    private static List<AuditEntry> readAll(ResultSet rs) throws SQLException {
        List<AuditEntry> list = new ArrayList<>();
        while (rs.next()) {
            list.add(JdbcAuditLog.read(rs));
        }
        return list;
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
