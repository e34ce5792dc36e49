package no.mentorkit.assessment.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Reassessments by timeliness, against the module's migrations on in-memory H2, with fictional case codes. */
class AssessmentCountsTest {

    @Test
    void theNextSubmittedAssessmentOfTheSameCaseAndFormDecides() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA assessment");
            s.execute("SET SCHEMA assessment");
            for (String v : new String[] {"V1__assessments_training.sql", "V2__second_rater.sql"}) {
                s.execute("RUNSCRIPT FROM '" + Path.of("src/main/resources/db/migration/assessment", v).toAbsolutePath() + "'");
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            // On time: due in March, the next one came in February.
            row(c, "TST-2026-101", "f", "submitted", LocalDate.of(2025, 3, 1), at(2024, 9, 1));
            row(c, "TST-2026-101", "f", "submitted", today.plusYears(1), at(2025, 2, 1));
            // Late: due in March, the next one came in May; that next one is not yet due.
            row(c, "TST-2026-102", "f", "submitted", LocalDate.of(2025, 3, 1), at(2024, 9, 1));
            row(c, "TST-2026-102", "f", "submitted", today.plusDays(30), at(2025, 5, 1));
            // Overdue: nothing after it, and the date has passed; a draft or another form does not count.
            row(c, "TST-2026-103", "f", "submitted", today.minusDays(1), at(2024, 9, 1));
            row(c, "TST-2026-103", "f", "draft", null, null);
            row(c, "TST-2026-103", "g", "submitted", null, at(2025, 1, 1));
        }
        assertThat(new AssessmentCounts(ds).byTimeliness()).containsExactlyInAnyOrderEntriesOf(
                Map.of("on-time", 1L, "late", 1L, "overdue", 1L, "not-yet-due", 2L));
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    private static void row(Connection c, String caseCode, String form, String status, LocalDate due,
            OffsetDateTime submitted) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment.assessments (case_code, form_id, "
                + "form_version, status, author_id, author_name, answers, due_on, due_by_hand, created_at, updated_at, "
                + "submitted_at, row_version) VALUES (?, ?, '1', ?, 1, 'fiktiv', '{}', ?, FALSE, ?, ?, ?, 1)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            ps.setString(1, caseCode);
            ps.setString(2, form);
            ps.setString(3, status);
            ps.setObject(4, due == null ? null : Date.valueOf(due));
            ps.setObject(5, now);
            ps.setObject(6, now);
            ps.setObject(7, submitted);
            ps.executeUpdate();
        }
    }
}
