import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import no.mentorkit.platform.internal.audit.AuditChain;

/**
 * Seeds a stopped distribution's H2 database for benchmarks/retention-load.sh: closed courses (each with three
 * sessions, its opening and its closing in the history, one submitted assessment and one signed ethics checklist),
 * all closed six to nine years ago, and a chain of audit entries of the same age. Every row is fictional and says so.
 * The module tables are filled by set-based SQL; the audit entries are hashed here with the platform's own
 * {@link AuditChain#hash}, so they chain exactly as the chainer would have linked them and verify and prune alike.
 * The few entries the first start wrote are replaced (and the caller removes the checkpoint log that named them).
 *
 * <pre>java -cp h2.jar:no.mentorkit.platform.jar SeedRetention.java JDBC-URL COURSES AUDIT-ENTRIES</pre>
 */
public class SeedRetention {

    private static final String FICTIONAL = "fiktiv";
    private static final int BATCH = 10_000;
    private static final int COMMIT_EVERY = 200_000;
    /** SYSTEM_RANGE's column, quoted: the URL's DATABASE_TO_LOWER would look for x. */
    private static final String X = "\"X\"";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int courses = Integer.parseInt(args[1]);
        long entries = Long.parseLong(args[2]);
        // Old enough for a five-year rule: closings spread over three years, ending six years ago.
        Instant newest = Instant.now().minus(6 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        Instant oldest = newest.minus(3 * 365, ChronoUnit.DAYS);
        try (Connection c = DriverManager.getConnection(url, "mentorkit", "mentorkit")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            seedCourses(c, courses, oldest);
            c.commit();
            System.err.printf("seeded %,d closed courses with sessions, history, assessments, checklists in %d s%n",
                    courses, (System.nanoTime() - t0) / 1_000_000_000L);
            t0 = System.nanoTime();
            seedAudit(c, entries, oldest, newest);
            c.commit();
            System.err.printf("seeded %,d chained audit entries in %d s%n", entries,
                    (System.nanoTime() - t0) / 1_000_000_000L);
        }
    }

    /** Set-based: course k is closed at oldest + k * (three years / courses); its rows carry the same times. */
    private static void seedCourses(Connection c, int courses, Instant oldest) throws SQLException {
        long spreadSeconds = 3L * 365 * 86_400 / Math.max(1, courses);
        String closedAt = "DATEADD(SECOND, " + X + " * " + spreadSeconds + ", TIMESTAMP WITH TIME ZONE '"
                + oldest.atOffset(ZoneOffset.UTC) + "')";
        String openedAt = "DATEADD(DAY, -200, " + closedAt + ")";
        String id = "(1000000 + " + X + ")";
        String code = "'RET-FIKTIV-' || " + X;
        try (Statement s = c.createStatement()) {
            // The first start's demo mentors, if any, take the courses in turn; none leaves them without a mentor.
            s.execute("CREATE LOCAL TEMPORARY TABLE seed_mentors AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, "
                    + "id FROM registry.mentors");
            long mentors = count(s, "SELECT COUNT(*) FROM seed_mentors");
            String mentor = mentors == 0 ? "NULL"
                    : "(SELECT id FROM seed_mentors WHERE n = MOD(" + X + ", " + mentors + "))";
            s.execute("INSERT INTO registry.courses (id, case_code, version, status, target_group, level, mentor_id, "
                    + "closed_reason, demo, details, created_at, updated_at) SELECT " + id + ", " + code + ", 3, "
                    + "'closed', ARRAY_GET(ARRAY['at-risk','in-process','extremist-network','returned-fighter',"
                    + "'child-of-fighter','relatives'], 1 + MOD(" + X + ", 6)), ARRAY_GET(ARRAY['individual','family',"
                    + "'system'], 1 + MOD(" + X + ", 3)), " + mentor + ", 'Fiktivt avsluttet forløp', TRUE, '{}', "
                    + openedAt + ", " + closedAt + " FROM SYSTEM_RANGE(1, " + courses + ")");
            s.execute("INSERT INTO registry.course_history (course_id, event, from_value, to_value, changed_by, "
                    + "changed_at) SELECT " + id + ", 'status', 'matching', 'active', '" + FICTIONAL + "', "
                    + openedAt + " FROM SYSTEM_RANGE(1, " + courses + ")");
            s.execute("INSERT INTO registry.course_history (course_id, event, from_value, to_value, reason, changed_by, "
                    + "changed_at) SELECT " + id + ", 'status', 'active', 'closed', 'Fiktiv avslutning', '" + FICTIONAL
                    + "', " + closedAt + " FROM SYSTEM_RANGE(1, " + courses + ")");
            for (int session = 1; session <= 3; session++) {
                s.execute("INSERT INTO registry.course_sessions (course_id, held_on, minutes, kind, notes, recorded_by, "
                        + "recorded_at) SELECT " + id + ", CAST(DATEADD(DAY, " + (-150 + 40 * session) + ", "
                        + closedAt + ") AS DATE), 45, 'meeting', 'Fiktiv samtale " + session + "', '" + FICTIONAL
                        + "', " + closedAt + " FROM SYSTEM_RANGE(1, " + courses + ")");
            }
            s.execute("INSERT INTO assessment.assessments (case_code, form_id, form_version, status, author_id, "
                    + "author_name, answers, due_on, due_by_hand, created_at, updated_at, submitted_at, row_version) "
                    + "SELECT " + code + ", 'initial-screening', '1', 'submitted', 1, '" + FICTIONAL + "', '{}', "
                    + "CAST(DATEADD(DAY, 90, " + openedAt + ") AS DATE), FALSE, " + openedAt + ", " + openedAt + ", "
                    + openedAt + ", 1 FROM SYSTEM_RANGE(1, " + courses + ")");
            s.execute("INSERT INTO ethics.completions (subject_type, subject_id, form_id, form_version, status, answers, "
                    + "author_id, author_name, created_at, updated_at, signed_by_id, signed_by, signed_at, row_version) "
                    + "SELECT 'course', " + code + ", 'ethics-checklist', '1', 'signed', '{}', 1, '" + FICTIONAL
                    + "', " + openedAt + ", " + openedAt + ", 1, '" + FICTIONAL + "', " + openedAt + ", 1 "
                    + "FROM SYSTEM_RANGE(1, " + courses + ")");
        }
    }

    /** The chain from its genesis, oldest first, spread evenly over the same years; the head ends at the last. */
    private static void seedAudit(Connection c, long entries, Instant oldest, Instant newest) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM platform.audit_log");
            s.execute("DELETE FROM platform.audit_chain_base");
        }
        long stepMicros = ChronoUnit.MICROS.between(oldest, newest) / Math.max(1, entries);
        String previous = AuditChain.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.audit_log (id, at, actor, remote_address, "
                + "module, action, record_type, record_id, detail, previous_hash, hash, chain_seq) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long seq = 1; seq <= entries; seq++) {
                Instant at = oldest.plus(seq * stepMicros, ChronoUnit.MICROS);
                String recordId = "RET-FIKTIV-" + (1 + seq % 100_000);
                String hash = AuditChain.hash(previous, seq, at, FICTIONAL, "127.0.0.1", "registry", "course.read",
                        "course", recordId, null);
                ps.setLong(1, seq);
                ps.setObject(2, at.atOffset(ZoneOffset.UTC));
                ps.setString(3, FICTIONAL);
                ps.setString(4, "127.0.0.1");
                ps.setString(5, "registry");
                ps.setString(6, "course.read");
                ps.setString(7, "course");
                ps.setString(8, recordId);
                ps.setString(9, null);
                ps.setString(10, previous);
                ps.setString(11, hash);
                ps.setLong(12, seq);
                ps.addBatch();
                previous = hash;
                if (seq % BATCH == 0) {
                    ps.executeBatch();
                }
                if (seq % COMMIT_EVERY == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE platform.audit_chain_head SET chain_seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, entries);
            ps.setString(2, previous);
            ps.executeUpdate();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
