package no.mentorkit.registry.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statistics' grouping queries against the real migration on in-memory H2, with courses at known dates. */
class CourseCountsTest {

    private JdbcDataSource ds;
    private CourseCounts counts;
    private int serial;

    @BeforeEach
    void database() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Path script = Path.of("src/main/resources/db/migration/registry/V1__registry.sql").toAbsolutePath();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA registry");
            s.execute("RUNSCRIPT FROM '" + script + "'");
            s.execute("INSERT INTO registry.mentors (id, version, full_name, status, network, municipality, demo, "
                    + "profile, created_at, updated_at) VALUES (1, 1, 'Fiktiv', 'active', 'nord', 'Tromsø', FALSE, "
                    + "'{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        counts = new CourseCounts(new RegistryDatabase(ds));
    }

    private void course(String status, String level, Long mentor, OffsetDateTime created, OffsetDateTime... closings)
            throws Exception {
        try (Connection c = ds.getConnection()) {
            long id = ++serial;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO registry.courses (id, case_code, version, "
                    + "status, target_group, level, mentor_id, demo, details, created_at, updated_at) "
                    + "VALUES (?, ?, 1, ?, 'at-risk', ?, ?, FALSE, '{}', ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, "TST-2026-" + (100 + id));
                ps.setString(3, status);
                ps.setString(4, level);
                ps.setObject(5, mentor);
                ps.setObject(6, created);
                ps.setObject(7, created);
                ps.executeUpdate();
            }
            for (OffsetDateTime at : closings) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO registry.course_history (course_id, event, "
                        + "from_value, to_value, changed_by, changed_at) VALUES (?, 'status', 'active', 'closed', 't', ?)")) {
                    ps.setLong(1, id);
                    ps.setObject(2, at);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void groupsByColumnNetworkMonthAndClosing() throws Exception {
        course("active", "family", 1L, at(2026, 2, 10));
        course("active", "family", null, at(2026, 3, 31));
        course("closed", "system", 1L, at(2025, 11, 1), at(2026, 1, 5));
        // Reopened and closed again: the latest closing counts.
        course("closed", "system", null, at(2024, 1, 15), at(2024, 6, 1), at(2026, 7, 1));
        // Closed once, then reopened: not a closed course.
        course("active", "individual", 1L, at(2025, 5, 5), at(2025, 9, 9));

        assertThat(counts.byKind()).containsExactlyInAnyOrder(
                new CourseCounts.Kind("active", "at-risk", "family", "nord", 1),
                new CourseCounts.Kind("active", "at-risk", "family", "none", 1),
                new CourseCounts.Kind("closed", "at-risk", "system", "nord", 1),
                new CourseCounts.Kind("closed", "at-risk", "system", "none", 1),
                new CourseCounts.Kind("active", "at-risk", "individual", "nord", 1));
        assertThat(counts.byStartMonth()).containsExactlyInAnyOrderEntriesOf(Map.of(2026 * 12 + 1, 1L,
                2026 * 12 + 2, 1L, 2025 * 12 + 10, 1L, 2024 * 12, 1L, 2025 * 12 + 4, 1L));
        assertThat(counts.closedSpans()).containsExactlyInAnyOrder(
                new CourseCounts.Span(2025 * 12 + 10, 2026 * 12, 1),
                new CourseCounts.Span(2024 * 12, 2026 * 12 + 6, 1));
    }
}
