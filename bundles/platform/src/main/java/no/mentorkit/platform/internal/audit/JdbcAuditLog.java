package no.mentorkit.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.AuditQuery;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/**
 * The audit chain in the platform schema. Appends are serialised in this process; the primary key on the
 * sequence number refuses a second writer that would fork the chain.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "id, at, actor, remote_address, module, action, record_type, record_id, "
            + "detail, previous_hash, hash";

    private final DataSource db;
    private final Object appendLock = new Object();

    @Activate
    public JdbcAuditLog(@Reference Storage storage) {
        this.db = storage.dataSource();
    }

    @Override
    public AuditEntry record(AuditEvent ev) {
        Objects.requireNonNull(ev.actor(), "actor");
        Objects.requireNonNull(ev.module(), "module");
        Objects.requireNonNull(ev.action(), "action");
        String detail = ev.detail() != null && ev.detail().length() > 2000 ? ev.detail().substring(0, 2000) : ev.detail();
        synchronized (appendLock) {
            return Sql.transaction(db, c -> {
                String[] last = Sql.query(c, "SELECT id, hash FROM platform.audit_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                        ps -> { }, rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null);
                long id = last == null ? 1 : Long.parseLong(last[0]) + 1;
                String previous = last == null ? AuditChain.GENESIS : last[1];
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String hash = AuditChain.hash(previous, id, at, ev.actor(), ev.remoteAddress(), ev.module(), ev.action(),
                        ev.recordType(), ev.recordId(), detail);
                Sql.update(c, "INSERT INTO platform.audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ps -> {
                            ps.setLong(1, id);
                            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
                            ps.setString(3, ev.actor());
                            ps.setString(4, ev.remoteAddress());
                            ps.setString(5, ev.module());
                            ps.setString(6, ev.action());
                            ps.setString(7, ev.recordType());
                            ps.setString(8, ev.recordId());
                            ps.setString(9, detail);
                            ps.setString(10, previous);
                            ps.setString(11, hash);
                        });
                return new AuditEntry(id, at, ev.actor(), ev.remoteAddress(), ev.module(), ev.action(), ev.recordType(),
                        ev.recordId(), detail, previous, hash);
            });
        }
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
        return Sql.query(db, "SELECT " + COLUMNS + " FROM platform.audit_log ORDER BY id", ps -> ps.setFetchSize(500),
                rs -> {
                    String previous = AuditChain.GENESIS;
                    long expectedId = 1;
                    long checked = 0;
                    while (rs.next()) {
                        AuditEntry e = read(rs);
                        if (e.id() != expectedId) {
                            return new ChainVerification(false, checked, e.id(),
                                    "Entry " + expectedId + " is missing before entry " + e.id());
                        }
                        if (!e.previousHash().equals(previous)) {
                            return new ChainVerification(false, checked, e.id(),
                                    "Entry " + e.id() + " does not follow the hash of the entry before it");
                        }
                        if (!AuditChain.hashOf(e).equals(e.hash())) {
                            return new ChainVerification(false, checked, e.id(),
                                    "Entry " + e.id() + " was changed after it was written");
                        }
                        previous = e.hash();
                        expectedId++;
                        checked++;
                    }
                    return new ChainVerification(true, checked, null, "All " + checked + " entries hold");
                });
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(clause);
            params.add(value);
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Sql.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
