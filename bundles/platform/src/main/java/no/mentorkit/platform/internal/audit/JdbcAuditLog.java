package no.mentorkit.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.AuditQuery;
import no.mentorkit.platform.internal.storage.RequestBoundDataSource;
import no.mentorkit.platform.internal.storage.UnitOfWork;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/**
 * The audit chain in the platform schema. An entry is inserted in the caller's transaction (inside a REST request,
 * the request's one transaction, so a change and its entry commit together or not at all) with an id from a
 * sequence and no link yet; the {@link AuditChainer} links committed entries into the hash chain in order. No lock
 * is shared between requests.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    private static final int MAX_DETAIL = 1_000_000;
    static final String COLUMNS = "id, at, actor, remote_address, module, action, record_type, record_id, "
            + "detail, previous_hash, hash";

    private final DataSource db;
    private final String nextId;
    private final AuditChainer chainer;

    @Activate
    public JdbcAuditLog(@Reference Storage storage) {
        this.db = storage.dataSource();
        this.nextId = storage.databaseProduct().toLowerCase(Locale.ROOT).contains("postgres")
                ? "nextval('platform.audit_log_ids')" : "NEXT VALUE FOR platform.audit_log_ids";
        moveIdsPastExistingEntries();
        this.chainer = new AuditChainer(db);
    }

    @Deactivate
    void deactivate() {
        chainer.close();
    }

    /**
     * Entries written before the sequence existed were numbered by hand; the sequence starts after them. On the pool
     * itself, never in a request's transaction: the DDL would commit whatever the request had done so far.
     */
    private void moveIdsPastExistingEntries() {
        DataSource pool = db instanceof RequestBoundDataSource r ? r.pool() : db;
        Sql.transaction(pool, c -> {
            long max = Sql.query(c, "SELECT COALESCE(MAX(id), 0) FROM platform.audit_log", ps -> { },
                    rs -> rs.next() ? rs.getLong(1) : 0L);
            long next = Sql.query(c, "SELECT " + nextId, ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
            if (next <= max) {
                Sql.update(c, "ALTER SEQUENCE platform.audit_log_ids RESTART WITH " + (max + 1), ps -> { });
            }
            return null;
        });
    }

    @Override
    public AuditEntry record(AuditEvent ev) {
        Objects.requireNonNull(ev.actor(), "actor");
        Objects.requireNonNull(ev.module(), "module");
        Objects.requireNonNull(ev.action(), "action");
        // In full (a list names every record it showed), up to the column's size (V2_3), which no real list reaches.
        String detail = ev.detail() != null && ev.detail().length() > MAX_DETAIL ? ev.detail().substring(0, MAX_DETAIL)
                : ev.detail();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = Sql.transaction(db, c -> {
            long next = Sql.query(c, "SELECT " + nextId, ps -> { }, rs -> {
                rs.next();
                return rs.getLong(1);
            });
            Sql.update(c, "INSERT INTO platform.audit_log (id, at, actor, remote_address, module, action, record_type, "
                    + "record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setLong(1, next);
                        ps.setObject(2, at.atOffset(ZoneOffset.UTC));
                        ps.setString(3, ev.actor());
                        ps.setString(4, ev.remoteAddress());
                        ps.setString(5, ev.module());
                        ps.setString(6, ev.action());
                        ps.setString(7, ev.recordType());
                        ps.setString(8, ev.recordId());
                        ps.setString(9, detail);
                    });
            return next;
        });
        UnitOfWork.afterCommit(chainer::wake);
        // Not linked yet: the chainer seals it once it has committed.
        return new AuditEntry(id, at, ev.actor(), ev.remoteAddress(), ev.module(), ev.action(), ev.recordType(),
                ev.recordId(), detail, null, null);
    }

    @Override
    public AuditPage find(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "actor = ?", q.actor());
        condition(where, params, "action = ?", q.action());
        condition(where, params, "module = ?", q.module());
        condition(where, params, "record_type = ?", q.recordType());
        condition(where, params, "record_id = ?", q.recordId());
        condition(where, params, "at >= ?", q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC));
        condition(where, params, "at < ?", q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC));
        Sql.Binder bind = ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
        };
        long total = Sql.query(db, "SELECT COUNT(*) FROM platform.audit_log" + where, bind,
                rs -> rs.next() ? rs.getLong(1) : 0L);
        List<AuditEntry> entries = Sql.query(db, "SELECT " + COLUMNS + " FROM platform.audit_log" + where
                + " ORDER BY id DESC OFFSET " + Math.max(0, q.offset()) + " ROWS FETCH NEXT "
                + Math.max(1, Math.min(q.limit(), 1000)) + " ROWS ONLY", bind, rs -> {
                    List<AuditEntry> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(read(rs));
                    }
                    return list;
                });
        return new AuditPage(total, entries);
    }

    @Override
    public ChainVerification verify() {
        chainer.linkNow();
        ChainBase base = ChainBase.current(db);
        // Only what lies after the base: a prune deleted the rest, and the base (signed outside) stands in for it.
        ChainVerification walked = Sql.query(db, "SELECT chain_seq, " + COLUMNS + " FROM platform.audit_log "
                + "WHERE chain_seq > ? ORDER BY chain_seq", ps -> {
                    ps.setLong(1, base.seq());
                    ps.setFetchSize(500);
                }, rs -> {
                    ChainWalk walk = new ChainWalk(base);
                    while (rs.next() && walk.next(rs.getLong(1), readFrom(rs, 2))) {
                        // walking
                    }
                    return walk.result();
                });
        long pending = Sql.query(db, "SELECT COUNT(*) FROM platform.audit_log WHERE chain_seq IS NULL", ps -> { },
                rs -> rs.next() ? rs.getLong(1) : 0L);
        if (pending == 0) {
            return walked;
        }
        return new ChainVerification(walked.valid(), walked.checked(), walked.brokenAt(),
                walked.detail() + "; " + pending + " newer entries are not linked yet", pending, walked.verifiedFrom(),
                walked.prunedBefore());
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(clause);
            params.add(value);
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return readFrom(rs, 1);
    }

    private static AuditEntry readFrom(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new AuditEntry(rs.getLong(i), Sql.instant(rs, i + 1), rs.getString(i + 2), rs.getString(i + 3),
                rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6), rs.getString(i + 7),
                rs.getString(i + 8), rs.getString(i + 9), rs.getString(i + 10));
    }
}
