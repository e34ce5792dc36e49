package no.mentorkit.ethics.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.internal.model.Guideline;
import no.mentorkit.platform.storage.Sql;

/** Guideline versions (numbered 1, 2, ...) and who accepted which version when. */
@Component(service = GuidelineStore.class)
public class GuidelineStore {

    /** A user's acceptance of one version. */
    public record Acceptance(int version, long userId, String username, Instant acceptedAt) {
    }

    private static final String SELECT = "SELECT version, text_nb, text_nn, text_en, note, published_by, published_at "
            + "FROM ethics.guidelines ";

    private final DataSource db;

    @Activate
    public GuidelineStore(@Reference EthicsDatabase database) {
        this.db = database.dataSource();
    }

    public Optional<Guideline> current() {
        return Sql.query(db, SELECT + "ORDER BY version DESC FETCH FIRST 1 ROWS ONLY", ps -> { }, GuidelineStore::read)
                .stream().findFirst();
    }

    public Optional<Guideline> find(int version) {
        return Sql.query(db, SELECT + "WHERE version = ?", ps -> ps.setInt(1, version), GuidelineStore::read).stream()
                .findFirst();
    }

    /** Every version, newest first. */
    public List<Guideline> versions() {
        return Sql.query(db, SELECT + "ORDER BY version DESC", ps -> { }, GuidelineStore::read);
    }

    /**
     * Publishes the next version if the current one is still {@code expectedCurrent} (0: none yet); returns the new
     * version, or empty when another version was published meanwhile.
     */
    public Optional<Integer> publish(int expectedCurrent, Map<String, String> text, String note, String by) {
        return Sql.transaction(db, c -> {
            int current = Sql.query(c, "SELECT MAX(version) FROM ethics.guidelines", ps -> { },
                    rs -> rs.next() ? rs.getInt(1) : 0);
            if (current != expectedCurrent) {
                return Optional.<Integer>empty();
            }
            int next = current + 1;
            Sql.update(c, "INSERT INTO ethics.guidelines (version, text_nb, text_nn, text_en, note, published_by, "
                    + "published_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setInt(1, next);
                        ps.setString(2, text.get("nb"));
                        ps.setString(3, text.get("nn"));
                        ps.setString(4, text.get("en"));
                        ps.setString(5, note);
                        ps.setString(6, by);
                        ps.setObject(7, Sql.now());
                    });
            return Optional.of(next);
        });
    }

    /** Records an acceptance; accepting the same version twice keeps the first time. Returns it. */
    public Acceptance accept(int version, long userId, String username) {
        Sql.transaction(db, c -> {
            boolean done = Sql.query(c, "SELECT 1 FROM ethics.acceptances WHERE version = ? AND user_id = ?", ps -> {
                ps.setInt(1, version);
                ps.setLong(2, userId);
            }, ResultSet::next);
            return done ? 0 : Sql.update(c, "INSERT INTO ethics.acceptances (version, user_id, username, accepted_at) "
                    + "VALUES (?, ?, ?, ?)", ps -> {
                        ps.setInt(1, version);
                        ps.setLong(2, userId);
                        ps.setString(3, username);
                        ps.setObject(4, Sql.now());
                    });
        });
        return acceptances(version).stream().filter(a -> a.userId() == userId).findFirst().orElseThrow();
    }

    /** Acceptances of one version, or of every version when {@code null}; newest first. */
    public List<Acceptance> acceptances(Integer version) {
        String sql = "SELECT version, user_id, username, accepted_at FROM ethics.acceptances "
                + (version == null ? "" : "WHERE version = ? ") + "ORDER BY accepted_at DESC, user_id";
        return Sql.query(db, sql, ps -> {
            if (version != null) {
                ps.setInt(1, version);
            }
        }, rs -> {
            List<Acceptance> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Acceptance(rs.getInt(1), rs.getLong(2), rs.getString(3), Sql.instant(rs, 4)));
            }
            return list;
        });
    }

    private static List<Guideline> read(ResultSet rs) throws SQLException {
        List<Guideline> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new Guideline(rs.getInt(1), Map.of("nb", rs.getString(2), "nn", rs.getString(3), "en",
                    rs.getString(4)), rs.getString(5), rs.getString(6), Sql.instant(rs, 7)));
        }
        return list;
    }
}
