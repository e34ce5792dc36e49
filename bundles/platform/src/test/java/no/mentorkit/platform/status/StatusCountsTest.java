package no.mentorkit.platform.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StatusCountsTest {

    @Test
    void countsRowsPerStatusAndSummarisesThem() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:status-counts;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA reg");
            s.execute("CREATE TABLE reg.items (id INT, status VARCHAR(20))");
            s.execute("INSERT INTO reg.items VALUES (1, 'active'), (2, 'active'), (3, 'paused')");
        }
        Map<String, Long> counts = StatusCounts.byStatus(db, "reg.items");
        assertThat(counts).containsExactly(Map.entry("active", 2L), Map.entry("paused", 1L));
        assertThat(StatusCounts.summary(counts)).isEqualTo("3 (active 2, paused 1)");
        assertThat(StatusCounts.summary(Map.of())).isEqualTo("0");
    }

    @Test
    void refusesAnythingButASchemaQualifiedName() {
        assertThatThrownBy(() -> StatusCounts.byStatus(new JdbcDataSource(), "reg.items; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
