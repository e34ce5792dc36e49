package no.mentorkit.ethics.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;

/**
 * Which checklists the organisation requires. The set is seeded once, on the first start with an empty schema,
 * and then only changed by admins; its version (a setting) guards concurrent changes.
 */
@Component(service = RequirementStore.class)
public class RequirementStore {

    private static final String VERSION = "requirements.version";

    /** The required ids and the version to send back with a change. */
    public record Requirements(Set<String> required, int version) {
    }

    private final DataSource db;

    @Activate
    public RequirementStore(@Reference EthicsDatabase database) {
        this.db = database.dataSource();
    }

    /** Seeds the initial set unless requirements were ever set; returns whether it did. */
    public boolean seed(Collection<String> initial, String by) {
        return Sql.transaction(db, c -> {
            boolean set = Sql.query(c, "SELECT setting_value FROM ethics.settings WHERE setting_name = ?", ps -> ps.setString(1,
                    VERSION), rs -> rs.next());
            if (set) {
                return false;
            }
            Sql.update(c, "INSERT INTO ethics.settings (setting_name, setting_value) VALUES (?, '1')", ps -> ps.setString(1, VERSION));
            insert(c, initial, by);
            return true;
        });
    }

    public Requirements current() {
        return Sql.transaction(db, c -> new Requirements(
                Sql.query(c, "SELECT checklist_id FROM ethics.requirements", ps -> { }, rs -> {
                    Set<String> ids = new TreeSet<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }),
                Sql.query(c, "SELECT setting_value FROM ethics.settings WHERE setting_name = ?", ps -> ps.setString(1, VERSION),
                        rs -> rs.next() ? Integer.parseInt(rs.getString(1)) : 0)));
    }

    /** Replaces the set if it is still at the expected version; returns whether it was. */
    public boolean replace(Collection<String> required, int expectedVersion, String by) {
        return Sql.transaction(db, c -> {
            int n = Sql.update(c, "UPDATE ethics.settings SET setting_value = ? WHERE setting_name = ? AND setting_value = ?", ps -> {
                ps.setString(1, String.valueOf(expectedVersion + 1));
                ps.setString(2, VERSION);
                ps.setString(3, String.valueOf(expectedVersion));
            });
            if (n == 0 && expectedVersion == 0) {
                // Never seeded (the seed runs at activation; this only covers a store used before it).
                n = Sql.update(c, "INSERT INTO ethics.settings (setting_name, setting_value) VALUES (?, '1')",
                        ps -> ps.setString(1, VERSION));
            }
            if (n != 1) {
                return false;
            }
            Sql.update(c, "DELETE FROM ethics.requirements", ps -> { });
            insert(c, required, by);
            return true;
        });
    }

    private static void insert(Connection c, Collection<String> ids, String by) throws SQLException {
        for (String id : new TreeSet<>(ids)) {
            Sql.update(c, "INSERT INTO ethics.requirements (checklist_id, changed_by, changed_at) VALUES (?, ?, ?)",
                    ps -> {
                        ps.setString(1, id);
                        ps.setString(2, by);
                        ps.setObject(3, Sql.now());
                    });
        }
    }
}
