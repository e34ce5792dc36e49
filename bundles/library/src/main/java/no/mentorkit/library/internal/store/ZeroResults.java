package no.mentorkit.library.internal.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import no.mentorkit.platform.storage.Sql;

/**
 * Counts of searches that found nothing, by normalised query text and nothing else: no user, no time of day, no
 * address. Administrators read them to see what the library lacks.
 */
public final class ZeroResults {

    public record Entry(String query, long count, LocalDate lastDay) {
    }

    private final DataSource db;

    public ZeroResults(DataSource db) {
        this.db = db;
    }

    /** Lower case, single spaces, at most 200 characters; null for nothing worth counting. */
    public static String normalise(String q) {
        if (q == null) {
            return null;
        }
        String n = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (n.isEmpty()) {
            return null;
        }
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    public void count(String query) {
        String q = normalise(query);
        if (q == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Sql.transaction(db, c -> {
            int n = Sql.update(c, "UPDATE library.zero_results SET times = times + 1, last_day = ? WHERE query = ?",
                    ps -> {
                        ps.setObject(1, today);
                        ps.setString(2, q);
                    });
            if (n == 0) {
                try {
                    Sql.update(c, "INSERT INTO library.zero_results (query, times, last_day) VALUES (?, 1, ?)", ps -> {
                        ps.setString(1, q);
                        ps.setObject(2, today);
                    });
                } catch (SQLException e) {
                    // Another search inserted it first; losing one count is fine.
                    return null;
                }
            }
            return null;
        });
    }

    /** How many queries were last searched before {@code day}: due under the retention schedule. */
    public long lastSearchedBefore(LocalDate day) {
        return Sql.query(db, "SELECT COUNT(*) FROM library.zero_results WHERE last_day < ?",
                ps -> ps.setObject(1, day), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Forgets the queries last searched before {@code day}, in the caller's transaction if one is open. */
    public long deleteLastSearchedBefore(LocalDate day) {
        return Sql.transaction(db, c -> (long) Sql.update(c, "DELETE FROM library.zero_results WHERE last_day < ?",
                ps -> ps.setObject(1, day)));
    }

    public List<Entry> top(int limit) {
        return Sql.query(db, "SELECT query, times, last_day FROM library.zero_results ORDER BY times DESC, query "
                + "FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit), rs -> {
                    List<Entry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
                    }
                    return out;
                });
    }
}
