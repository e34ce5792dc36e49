package no.mentorkit.platform.internal.retention;

import static no.mentorkit.platform.storage.Sql.now;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/** The organisation's retention rules and legal holds, in the platform's schema. */
@Component(service = RetentionStore.class)
public class RetentionStore {

    /** A rule the organisation set for one kind of record of one module. */
    public record Rule(String module, String kind, int keepDays, RetentionAction action, String changedBy,
            Instant changedAt) {
    }

    /** A legal hold on a case code ({@code case}) or a mentor id ({@code mentor}). */
    public record Hold(long id, String subjectKind, String subjectKey, String reason, String placedBy,
            Instant placedAt) {
    }

    /** A kind a module declared when it was last installed, with its shipped default. */
    public record Seen(String module, String kind, String after, int keepDays, RetentionAction action) {
    }

    private final DataSource db;

    @Activate
    public RetentionStore(@Reference Storage storage) {
        this.db = storage.dataSource();
    }

    /** The rules set, by module and kind ({@code module + "/" + kind}). */
    public Map<String, Rule> rules() {
        return Sql.query(db, "SELECT module, kind, keep_days, action, changed_by, changed_at FROM platform.retention_rules",
                ps -> { }, rs -> {
                    Map<String, Rule> out = new HashMap<>();
                    while (rs.next()) {
                        Rule r = new Rule(rs.getString(1), rs.getString(2), rs.getInt(3),
                                RetentionAction.valueOf(rs.getString(4)), rs.getString(5), Sql.instant(rs, 6));
                        out.put(r.module() + "/" + r.kind(), r);
                    }
                    return out;
                });
    }

    public void setRule(String module, String kind, int keepDays, RetentionAction action, String by) {
        Sql.transaction(db, c -> {
            int changed = Sql.update(c, "UPDATE platform.retention_rules SET keep_days = ?, action = ?, changed_by = ?, "
                    + "changed_at = ? WHERE module = ? AND kind = ?", ps -> {
                        ps.setInt(1, keepDays);
                        ps.setString(2, action.name());
                        ps.setString(3, by);
                        ps.setObject(4, now());
                        ps.setString(5, module);
                        ps.setString(6, kind);
                    });
            if (changed == 0) {
                Sql.update(c, "INSERT INTO platform.retention_rules (module, kind, keep_days, action, changed_by, "
                        + "changed_at) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                            ps.setString(1, module);
                            ps.setString(2, kind);
                            ps.setInt(3, keepDays);
                            ps.setString(4, action.name());
                            ps.setString(5, by);
                            ps.setObject(6, now());
                        });
            }
            return null;
        });
    }

    /** The holds in force (not lifted), oldest first. */
    public List<Hold> holds() {
        return Sql.query(db, "SELECT id, subject_kind, subject_key, reason, placed_by, placed_at FROM platform.legal_holds "
                + "WHERE lifted_at IS NULL ORDER BY id", ps -> { }, rs -> {
                    List<Hold> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Hold(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Sql.instant(rs, 6)));
                    }
                    return out;
                });
    }

    public long placeHold(String subjectKind, String subjectKey, String reason, String by) {
        return Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO platform.legal_holds (subject_kind, subject_key, "
                + "reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, subjectKind);
                    ps.setString(2, subjectKey);
                    ps.setString(3, reason);
                    ps.setString(4, by);
                    ps.setObject(5, now());
                }));
    }

    /** Lifts a hold in force; false if there is none with that id. */
    public boolean liftHold(long id, String by) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE platform.legal_holds SET lifted_by = ?, lifted_at = ? "
                + "WHERE id = ? AND lifted_at IS NULL", ps -> {
                    ps.setString(1, by);
                    ps.setObject(2, now());
                    ps.setLong(3, id);
                }) == 1);
    }

    /** Remembers the kinds a module declares now, replacing what it declared before. */
    public void remember(String module, List<RecordKind> kinds) {
        Sql.transaction(db, c -> {
            Sql.update(c, "DELETE FROM platform.retention_kinds WHERE module = ?", ps -> ps.setString(1, module));
            for (RecordKind k : kinds) {
                Sql.update(c, "INSERT INTO platform.retention_kinds (module, kind, after_event, keep_days, action, "
                        + "seen_at) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                            ps.setString(1, module);
                            ps.setString(2, k.id());
                            ps.setString(3, k.after());
                            ps.setInt(4, k.keepDays());
                            ps.setString(5, k.action().name());
                            ps.setObject(6, now());
                        });
            }
            return null;
        });
    }

    /** Every kind any module has declared, installed or not. */
    public List<Seen> seen() {
        return Sql.query(db, "SELECT module, kind, after_event, keep_days, action FROM platform.retention_kinds",
                ps -> { }, rs -> {
                    List<Seen> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Seen(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                RetentionAction.valueOf(rs.getString(5))));
                    }
                    return out;
                });
    }
}
