package no.mentorkit.registry.internal.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;
import no.mentorkit.registry.internal.model.Mentor;
import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile;

/** Mentor profiles; updates are optimistic: they name the version they change. */
@Component(service = MentorStore.class)
public class MentorStore {

    private static final String SELECT = "SELECT m.id, m.version, m.demo, m.profile, m.updated_at FROM registry.mentors m ";
    /** Courses that take one of a mentor's places. */
    static final String OCCUPYING = "('matching', 'active', 'paused')";

    private final DataSource db;

    @Activate
    public MentorStore(@Reference RegistryDatabase database) {
        this.db = database.dataSource();
    }

    public long create(MentorProfile p, boolean demo) {
        return Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO registry.mentors (version, full_name, "
                + "status, network, municipality, user_id, supervisor_user_id, demo, profile, created_at, updated_at) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    bindColumns(ps, p);
                    ps.setBoolean(7, demo);
                    ps.setString(8, StoredJson.write(p));
                    ps.setObject(9, Sql.now());
                    ps.setObject(10, Sql.now());
                }));
    }

    /** Writes the profile if the stored version is still {@code version}; false when someone changed it first. */
    public boolean update(long id, int version, MentorProfile p) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE registry.mentors SET version = version + 1, "
                + "full_name = ?, status = ?, network = ?, municipality = ?, user_id = ?, supervisor_user_id = ?, "
                + "profile = ?, updated_at = ? WHERE id = ? AND version = ?", ps -> {
                    bindColumns(ps, p);
                    ps.setString(7, StoredJson.write(p));
                    ps.setObject(8, Sql.now());
                    ps.setLong(9, id);
                    ps.setInt(10, version);
                }) == 1);
    }

    /** Replaces the profile by its anonymised form and marks it so, in the caller's transaction if one is open. */
    public boolean anonymise(long id) {
        Optional<Mentor> m = find(id);
        if (m.isEmpty()) {
            return false;
        }
        MentorProfile p = m.get().profile().anonymised();
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE registry.mentors SET version = version + 1, "
                + "full_name = ?, status = ?, network = ?, municipality = ?, user_id = ?, supervisor_user_id = ?, "
                + "profile = ?, updated_at = ?, anonymised_at = ? WHERE id = ?", ps -> {
                    bindColumns(ps, p);
                    ps.setString(7, StoredJson.write(p));
                    ps.setObject(8, Sql.now());
                    ps.setObject(9, Sql.now());
                    ps.setLong(10, id);
                }) == 1);
    }

    private static void bindColumns(PreparedStatement ps, MentorProfile p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.status());
        ps.setString(3, p.network());
        ps.setString(4, p.municipality());
        Sql.setNullableLong(ps, 5, p.userId());
        Sql.setNullableLong(ps, 6, p.supervisorUserId());
    }

    public Optional<Mentor> find(long id) {
        List<Mentor> found = Sql.query(db, SELECT + "WHERE m.id = ?", ps -> ps.setLong(1, id), MentorStore::read);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Mentor> list() {
        return Sql.query(db, SELECT + "ORDER BY m.id", ps -> { }, MentorStore::read);
    }

    public boolean anyDemo() {
        return Sql.query(db, "SELECT COUNT(*) FROM registry.mentors WHERE demo = TRUE", ps -> { },
                rs -> rs.next() && rs.getLong(1) > 0);
    }

    /** Every mentor with the last supervision date and the number of courses taking a place. */
    public List<MentorFacts> facts() {
        return facts("", ps -> { });
    }

    public Optional<MentorFacts> facts(long id) {
        List<MentorFacts> found = facts("WHERE m.id = ? ", ps -> ps.setLong(1, id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<MentorFacts> facts(String where, Sql.Binder binder) {
        return Sql.query(db, "SELECT m.id, m.profile, "
                + "(SELECT MAX(s.held_on) FROM registry.supervision_sessions s WHERE s.mentor_id = m.id), "
                + "(SELECT COUNT(*) FROM registry.courses c WHERE c.mentor_id = m.id AND c.status IN " + OCCUPYING + "), "
                + "m.demo FROM registry.mentors m " + where + "ORDER BY m.id", binder, rs -> {
                    List<MentorFacts> facts = new ArrayList<>();
                    while (rs.next()) {
                        Date last = rs.getDate(3);
                        facts.add(new MentorFacts(rs.getLong(1), StoredJson.read(rs.getString(2), MentorProfile.class),
                                last == null ? null : last.toLocalDate(), rs.getInt(4), rs.getBoolean(5)));
                    }
                    return facts;
                });
    }

    static List<Mentor> read(ResultSet rs) throws SQLException {
        List<Mentor> mentors = new ArrayList<>();
        while (rs.next()) {
            mentors.add(new Mentor(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                    StoredJson.read(rs.getString(4), MentorProfile.class), Sql.instant(rs, 5)));
        }
        return mentors;
    }
}
