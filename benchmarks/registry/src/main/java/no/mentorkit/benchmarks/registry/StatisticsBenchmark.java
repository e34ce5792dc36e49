package no.mentorkit.benchmarks.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import no.mentorkit.platform.internal.statistics.Suppression;
import no.mentorkit.platform.statistics.StatisticsTable;
import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.service.RegistryStatistics;
import no.mentorkit.registry.internal.store.CourseCounts;
import no.mentorkit.registry.internal.store.RegistryDatabase;

/**
 * The registry's part of {@code GET /api/statistics} over 100,000 generated (fictional) closed courses, each with its
 * closing in the history, on H2 with the registry's own migration: the course tables grouped in the database, then
 * suppressed as the platform does. The bar is 500 ms for the whole page's answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatisticsBenchmark {

    @Param("100000")
    int courses;

    private CourseCounts counts;

    @Setup
    public void load() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA registry");
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/registry/V1__registry.sql'");
            for (int m = 0; m < 200; m++) {
                s.execute("INSERT INTO registry.mentors (id, version, full_name, status, network, municipality, demo, "
                        + "profile, created_at, updated_at) VALUES (" + (m + 1) + ", 1, 'Fiktiv', 'active', '"
                        + Codes.NETWORKS.get(m % Codes.NETWORKS.size()) + "', 'Fiktiv', TRUE, '{}', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            c.setAutoCommit(false);
            insert(c);
            c.commit();
        }
        counts = new CourseCounts(new RegistryDatabase(ds));
    }

    private void insert(Connection c) throws Exception {
        Random random = new Random(18);
        OffsetDateTime start = OffsetDateTime.of(2016, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        try (PreparedStatement course = c.prepareStatement("INSERT INTO registry.courses (id, case_code, version, "
                + "status, target_group, level, mentor_id, demo, details, created_at, updated_at) "
                + "VALUES (?, ?, 1, 'closed', ?, ?, ?, TRUE, '{}', ?, ?)");
                PreparedStatement closing = c.prepareStatement("INSERT INTO registry.course_history (course_id, "
                        + "event, from_value, to_value, changed_by, changed_at) VALUES (?, 'status', 'active', "
                        + "'closed', 'fiktiv', ?)")) {
            for (int i = 1; i <= courses; i++) {
                OffsetDateTime created = start.plusDays(random.nextInt(3650));
                OffsetDateTime closed = created.plusDays(14 + random.nextInt(900));
                course.setLong(1, i);
                course.setString(2, "BEN-2026-" + i);
                course.setString(3, Codes.TARGET_GROUPS.get(random.nextInt(Codes.TARGET_GROUPS.size())));
                course.setString(4, Codes.LEVELS.get(random.nextInt(Codes.LEVELS.size())));
                course.setLong(5, 1 + random.nextInt(200));
                course.setObject(6, created);
                course.setObject(7, closed);
                course.addBatch();
                closing.setLong(1, i);
                closing.setObject(2, closed);
                closing.addBatch();
                if (i % 5000 == 0) {
                    course.executeBatch();
                    closing.executeBatch();
                }
            }
            course.executeBatch();
            closing.executeBatch();
        }
    }

    @Benchmark
    public List<Suppression.Table> courseStatistics() {
        List<Suppression.Table> out = new ArrayList<>();
        for (StatisticsTable t : RegistryStatistics.courseTables(counts)) {
            out.add(Suppression.apply("registry", t, 5));
        }
        return out;
    }
}
