package no.mentorkit.registry.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;
import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.HistoryEntry;
import no.mentorkit.registry.internal.model.SessionEntry;

/** Courses of mentoring, their session logs and their history of status changes and reassignments. */
@Component(service = CourseStore.class)
public class CourseStore {

    private static final String SELECT = "SELECT id, case_code, version, status, target_group, level, mentor_id, "
            + "closed_reason, demo, details, created_at, updated_at FROM registry.courses ";

    private final DataSource db;

    @Activate
    public CourseStore(@Reference RegistryDatabase database) {
        this.db = database.dataSource();
    }

    public long create(String caseCode, String status, String targetGroup, String level, Long mentorId,
            CourseDetails details, boolean demo, String actor) {
        return Sql.transaction(db, c -> {
            long id = Sql.insert(c, "INSERT INTO registry.courses (case_code, version, status, "
                    + "target_group, level, mentor_id, demo, details, created_at, updated_at) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, caseCode);
                        ps.setString(2, status);
                        ps.setString(3, targetGroup);
                        ps.setString(4, level);
                        Sql.setNullableLong(ps, 5, mentorId);
                        ps.setBoolean(6, demo);
                        ps.setString(7, StoredJson.write(details));
                        ps.setObject(8, Sql.now());
                        ps.setObject(9, Sql.now());
                    });
            history(c, id, "status", null, status, "created", actor);
            if (mentorId != null) {
                history(c, id, "mentor", null, String.valueOf(mentorId), "matched", actor);
            }
            return id;
        });
    }

    public Optional<Course> find(String caseCode) {
        List<Course> found = Sql.query(db, SELECT + "WHERE case_code = ?", ps -> ps.setString(1, caseCode),
                CourseStore::read);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Course> list() {
        return Sql.query(db, SELECT + "ORDER BY case_code", ps -> { }, CourseStore::read);
    }

    /** Courses whose case code starts with the prefix, ignoring case, by case code. */
    public List<Course> withPrefix(String prefix) {
        String escaped = prefix.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return Sql.query(db, SELECT + "WHERE UPPER(case_code) LIKE ? ESCAPE '!' ORDER BY case_code",
                ps -> ps.setString(1, escaped + "%"), CourseStore::read);
    }

    public boolean updateDetails(long id, int version, String targetGroup, String level, CourseDetails details) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE registry.courses SET version = version + 1, "
                + "target_group = ?, level = ?, details = ?, updated_at = ? WHERE id = ? AND version = ?", ps -> {
                    ps.setString(1, targetGroup);
                    ps.setString(2, level);
                    ps.setString(3, StoredJson.write(details));
                    ps.setObject(4, Sql.now());
                    ps.setLong(5, id);
                    ps.setInt(6, version);
                }) == 1);
    }

    /** Moves the course to a new status at the given version; false when the version is stale. */
    public boolean changeStatus(Course course, int version, String status, String reason, String actor) {
        return Sql.transaction(db, c -> {
            int n = Sql.update(c, "UPDATE registry.courses SET version = version + 1, status = ?, closed_reason = ?, "
                    + "updated_at = ? WHERE id = ? AND version = ?", ps -> {
                        ps.setString(1, status);
                        ps.setString(2, "closed".equals(status) ? reason : null);
                        ps.setObject(3, Sql.now());
                        ps.setLong(4, course.id());
                        ps.setInt(5, version);
                    });
            if (n == 1) {
                history(c, course.id(), "status", course.status(), status, reason, actor);
            }
            return n == 1;
        });
    }

    /** Assigns (or reassigns) the mentor at the given version, keeping the previous one in the history. */
    public boolean assign(Course course, int version, long mentorId, String newStatus, String reason, String actor) {
        return Sql.transaction(db, c -> {
            int n = Sql.update(c, "UPDATE registry.courses SET version = version + 1, mentor_id = ?, status = ?, "
                    + "updated_at = ? WHERE id = ? AND version = ?", ps -> {
                        ps.setLong(1, mentorId);
                        ps.setString(2, newStatus);
                        ps.setObject(3, Sql.now());
                        ps.setLong(4, course.id());
                        ps.setInt(5, version);
                    });
            if (n == 1) {
                history(c, course.id(), "mentor", course.mentorId() == null ? null : String.valueOf(course.mentorId()),
                        String.valueOf(mentorId), reason, actor);
                if (!newStatus.equals(course.status())) {
                    history(c, course.id(), "status", course.status(), newStatus, reason, actor);
                }
            }
            return n == 1;
        });
    }

    public long addSession(long courseId, SessionEntry s) {
        return Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO registry.course_sessions (course_id, "
                + "held_on, minutes, kind, notes, follow_ups, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, courseId);
                    ps.setDate(2, Date.valueOf(s.date()));
                    ps.setInt(3, s.minutes());
                    ps.setString(4, s.kind());
                    ps.setString(5, s.notes());
                    ps.setString(6, s.followUps());
                    ps.setString(7, s.recordedBy());
                    ps.setObject(8, Sql.now());
                }));
    }

    public List<SessionEntry> sessions(long courseId) {
        return Sql.query(db, "SELECT id, held_on, minutes, kind, notes, follow_ups, recorded_by, recorded_at "
                + "FROM registry.course_sessions WHERE course_id = ? ORDER BY held_on, id", ps -> ps.setLong(1, courseId),
                rs -> {
                    List<SessionEntry> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new SessionEntry(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                Sql.instant(rs, 8)));
                    }
                    return list;
                });
    }

    public List<HistoryEntry> history(long courseId) {
        return Sql.query(db, "SELECT event, from_value, to_value, reason, changed_by, changed_at "
                + "FROM registry.course_history WHERE course_id = ? ORDER BY id", ps -> ps.setLong(1, courseId), rs -> {
                    List<HistoryEntry> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Sql.instant(rs, 6)));
                    }
                    return list;
                });
    }

    private static void history(Connection c, long courseId, String event, String from, String to, String reason,
            String actor) throws SQLException {
        Sql.update(c, "INSERT INTO registry.course_history (course_id, event, from_value, to_value, reason, "
                + "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, courseId);
                    ps.setString(2, event);
                    ps.setString(3, from);
                    ps.setString(4, to);
                    ps.setString(5, reason);
                    ps.setString(6, actor);
                    ps.setObject(7, Sql.now());
                });
    }

    private static List<Course> read(ResultSet rs) throws SQLException {
        List<Course> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new Course(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), Sql.nullableLong(rs, 7), rs.getString(8), rs.getBoolean(9),
                    StoredJson.read(rs.getString(10), CourseDetails.class), Sql.instant(rs, 11), Sql.instant(rs, 12)));
        }
        return list;
    }
}
