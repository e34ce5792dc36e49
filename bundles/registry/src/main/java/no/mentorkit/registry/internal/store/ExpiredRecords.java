package no.mentorkit.registry.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;
import no.mentorkit.registry.internal.model.CourseDetails;

/**
 * The registry's records whose retention has run out, found and deleted: closed courses (with their sessions and
 * history) by the time they were closed, and supervision records by the day they were held.
 */
@Component(service = ExpiredRecords.class)
public class ExpiredRecords {

    /** A closed course: its id and case code (for legal holds). */
    public record ClosedCourse(long id, String caseCode) {
    }

    /** A supervision record: its id and the mentor's (for legal holds). */
    public record Supervision(long id, long mentorId) {
    }

    /** A network meeting: its id and the mentors who took part (for legal holds). */
    public record Meeting(long id, List<Long> mentorIds) {
    }

    /** The case code an anonymised course gets: it links to no other record. */
    static final String ANONYMISED_PREFIX = "ANON-";

    private final DataSource db;
    private final MentorStore mentors;

    /** Whether a case code is one an anonymised course was given (no valid case code looks like it). */
    public static boolean isAnonymised(String caseCode) {
        return caseCode.startsWith(ANONYMISED_PREFIX);
    }

    @Activate
    public ExpiredRecords(@Reference RegistryDatabase database, @Reference MentorStore mentors) {
        this.db = database.dataSource();
        this.mentors = mentors;
    }

    /**
     * Mentors marked as left whose profile was last changed before {@code cutoff} and is not yet anonymised: the
     * change that marked them left is the last one a coordinator makes.
     */
    public List<Long> leftBefore(Instant cutoff, LongPredicate held) {
        return Sql.query(db, "SELECT id FROM registry.mentors WHERE status = 'left' AND anonymised_at IS NULL "
                + "AND updated_at < ? ORDER BY id", ps -> ps.setTimestamp(1, Timestamp.from(cutoff)), rs -> {
                    List<Long> out = new ArrayList<>();
                    while (rs.next()) {
                        if (!held.test(rs.getLong(1))) {
                            out.add(rs.getLong(1));
                        }
                    }
                    return out;
                });
    }

    public long anonymiseMentors(List<Long> ids) {
        return Sql.transaction(db, c -> ids.stream().filter(mentors::anonymise).count());
    }

    /** Network meetings held before {@code cutoff}, unless a mentor who took part is held. */
    public List<Meeting> meetingsBefore(Instant cutoff, LongPredicate held) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        Map<Long, List<Long>> found = Sql.query(db, "SELECT m.id, a.mentor_id FROM registry.network_meetings m "
                + "LEFT JOIN registry.network_attendance a ON a.meeting_id = m.id WHERE m.held_on < ? ORDER BY m.id",
                ps -> ps.setObject(1, day), rs -> {
                    Map<Long, List<Long>> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        List<Long> who = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                        long mentor = rs.getLong(2);
                        if (!rs.wasNull()) {
                            who.add(mentor);
                        }
                    }
                    return out;
                });
        return found.entrySet().stream().filter(e -> e.getValue().stream().noneMatch(held::test))
                .map(e -> new Meeting(e.getKey(), e.getValue())).toList();
    }

    public long deleteMeetings(List<Meeting> meetings) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (Meeting m : meetings) {
                delete(c, "DELETE FROM registry.network_attendance WHERE meeting_id = ?", m.id());
                n += delete(c, "DELETE FROM registry.network_meetings WHERE id = ?", m.id());
            }
            return n;
        });
    }

    /** Courses closed before {@code cutoff}: the latest change of status to closed counts. */
    public List<ClosedCourse> closedBefore(Instant cutoff, Predicate<String> held) {
        return Sql.query(db, "SELECT c.id, c.case_code FROM registry.courses c WHERE c.status = 'closed' AND "
                + "c.anonymised_at IS NULL AND (SELECT MAX(h.changed_at) FROM registry.course_history h WHERE h.course_id = c.id "
                + "AND h.event = 'status' AND h.to_value = 'closed') < ? ORDER BY c.id",
                ps -> ps.setTimestamp(1, Timestamp.from(cutoff)), rs -> {
                    List<ClosedCourse> out = new ArrayList<>();
                    while (rs.next()) {
                        ClosedCourse c = new ClosedCourse(rs.getLong(1), rs.getString(2));
                        if (!held.test(c.caseCode())) {
                            out.add(c);
                        }
                    }
                    return out;
                });
    }

    public List<Supervision> supervisionBefore(Instant cutoff, LongPredicate held) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        return Sql.query(db, "SELECT id, mentor_id FROM registry.supervision_sessions WHERE held_on < ? ORDER BY id",
                ps -> ps.setObject(1, day), rs -> {
                    List<Supervision> out = new ArrayList<>();
                    while (rs.next()) {
                        Supervision s = new Supervision(rs.getLong(1), rs.getLong(2));
                        if (!held.test(s.mentorId())) {
                            out.add(s);
                        }
                    }
                    return out;
                });
    }

    /** Deletes the courses with their sessions and history, in one transaction (the caller's, if open). */
    public long deleteCourses(List<ClosedCourse> courses) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (ClosedCourse course : courses) {
                delete(c, "DELETE FROM registry.course_sessions WHERE course_id = ?", course.id());
                delete(c, "DELETE FROM registry.course_history WHERE course_id = ?", course.id());
                n += delete(c, "DELETE FROM registry.courses WHERE id = ?", course.id());
            }
            return n;
        });
    }

    /**
     * Anonymises the courses: a new case code that links to nothing, and every free text and name of who did what
     * removed (agreement, goals, notes, closing reason, session notes, the reasons and authors in the history);
     * status, target group, level, mentor, dates and session counts stay, so statistics still count them.
     */
    public long anonymiseCourses(List<ClosedCourse> courses) {
        String emptyDetails = StoredJson.write(CourseDetails.EMPTY);
        return Sql.transaction(db, c -> {
            long n = 0;
            for (ClosedCourse course : courses) {
                Sql.update(c, "UPDATE registry.course_sessions SET notes = NULL, follow_ups = NULL, recorded_by = '-' "
                        + "WHERE course_id = ?", ps -> ps.setLong(1, course.id()));
                Sql.update(c, "UPDATE registry.course_history SET reason = NULL, changed_by = '-' WHERE course_id = ?",
                        ps -> ps.setLong(1, course.id()));
                n += Sql.update(c, "UPDATE registry.courses SET case_code = ?, details = ?, closed_reason = NULL, "
                        + "version = version + 1, anonymised_at = ? WHERE id = ?", ps -> {
                            ps.setString(1, ANONYMISED_PREFIX + course.id());
                            ps.setString(2, emptyDetails);
                            ps.setObject(3, Sql.now());
                            ps.setLong(4, course.id());
                        });
            }
            return n;
        });
    }

    public long deleteSupervision(List<Supervision> records) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (Supervision s : records) {
                n += delete(c, "DELETE FROM registry.supervision_sessions WHERE id = ?", s.id());
            }
            return n;
        });
    }

    private static int delete(Connection c, String sql, long id) throws SQLException {
        return Sql.update(c, sql, ps -> ps.setLong(1, id));
    }
}
