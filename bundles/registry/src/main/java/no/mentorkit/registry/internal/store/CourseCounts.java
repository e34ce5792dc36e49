package no.mentorkit.registry.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;

/**
 * Counts of courses for the statistics, grouped in the database (never by loading courses), so that a registry of
 * 100,000 courses answers in a few queries. Months are counted as {@code year * 12 + month - 1}, which H2 and
 * PostgreSQL both compute, so that quarters and durations are worked out from a few hundred groups in Java.
 */
@Component(service = CourseCounts.class)
public class CourseCounts {

    /** How many closed courses started in one month and closed in another. */
    public record Span(int startMonth, int endMonth, long count) {
    }

    private static final String MONTH_OF_CREATED = "EXTRACT(YEAR FROM c.created_at) * 12 + EXTRACT(MONTH FROM c.created_at) - 1";

    private final DataSource db;

    @Activate
    public CourseCounts(@Reference RegistryDatabase database) {
        this.db = database.dataSource();
    }

    /** How many courses have one combination of status, target group, level and their mentor's network. */
    public record Kind(String status, String targetGroup, String level, String network, long count) {
    }

    /**
     * Courses by status, target group, level and their mentor's network in one pass (a few hundred groups at most);
     * a course without a mentor counts under the network {@code none}.
     */
    public List<Kind> byKind() {
        String network = "COALESCE(m.network, 'none')";
        return Sql.query(db, "SELECT c.status, c.target_group, c.level, " + network + ", COUNT(*) "
                + "FROM registry.courses c LEFT JOIN registry.mentors m ON m.id = c.mentor_id "
                + "GROUP BY c.status, c.target_group, c.level, " + network, ps -> { }, rs -> {
                    List<Kind> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Kind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5)));
                    }
                    return out;
                });
    }

    /** Courses by the month they were created in. */
    public Map<Integer, Long> byStartMonth() {
        return Sql.query(db, "SELECT " + MONTH_OF_CREATED + " AS mon, COUNT(*) FROM registry.courses c GROUP BY "
                + MONTH_OF_CREATED, ps -> { }, rs -> {
                    Map<Integer, Long> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        out.put(rs.getInt(1), rs.getLong(2));
                    }
                    return out;
                });
    }

    /** Closed courses by the month they started and the month of their latest change of status to closed. */
    public List<Span> closedSpans() {
        String closedMonth = "EXTRACT(YEAR FROM h.closed_at) * 12 + EXTRACT(MONTH FROM h.closed_at) - 1";
        return Sql.query(db, "SELECT " + MONTH_OF_CREATED + ", " + closedMonth + ", COUNT(*) FROM registry.courses c "
                + "JOIN (SELECT course_id, MAX(changed_at) AS closed_at FROM registry.course_history "
                + "WHERE event = 'status' AND to_value = 'closed' GROUP BY course_id) h ON h.course_id = c.id "
                + "WHERE c.status = 'closed' GROUP BY " + MONTH_OF_CREATED + ", " + closedMonth, ps -> { }, rs -> {
                    List<Span> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Span(rs.getInt(1), rs.getInt(2), rs.getLong(3)));
                    }
                    return out;
                });
    }
}
