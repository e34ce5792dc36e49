package no.mentorkit.platform.status;

import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.storage.Sql;

/** Counts for status reports: how many rows of a module's table are in each state. Counts only, never rows. */
@ProviderType
public final class StatusCounts {

    private StatusCounts() {
    }

    /**
     * Rows per value of the table's {@code status} column, e.g. {@code {active=12, paused=2}}.
     *
     * @param table a schema-qualified table name written in the module's own code, never user input
     */
    public static Map<String, Long> byStatus(DataSource db, String table) {
        if (!table.matches("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a schema-qualified table name: " + table);
        }
        return Sql.query(db, "SELECT status, COUNT(*) FROM " + table + " GROUP BY status", ps -> { }, rs -> {
            Map<String, Long> counts = new TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        });
    }

    /** "12 (active 10, paused 2)" */
    public static String summary(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder().append(total);
        if (!counts.isEmpty()) {
            out.append(" (");
            counts.forEach((status, n) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ").append(status)
                    .append(' ').append(n));
            out.append(')');
        }
        return out.toString();
    }
}
