package no.mentorkit.registry.internal.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;
import no.mentorkit.registry.internal.model.NetworkMeeting;
import no.mentorkit.registry.internal.model.Supervision;

/** Supervision sessions per mentor, and regional network meetings with attendance. */
@Component(service = SupervisionStore.class)
public class SupervisionStore {

    private final DataSource db;

    @Activate
    public SupervisionStore(@Reference RegistryDatabase database) {
        this.db = database.dataSource();
    }

    public long add(Supervision s, String actor) {
        return Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO registry.supervision_sessions "
                + "(mentor_id, held_on, supervisor, form, topics, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, s.mentorId());
                    ps.setDate(2, Date.valueOf(s.date()));
                    ps.setString(3, s.supervisor());
                    ps.setString(4, s.form());
                    ps.setString(5, s.topics());
                    ps.setString(6, actor);
                    ps.setObject(7, Sql.now());
                }));
    }

    public List<Supervision> forMentor(long mentorId) {
        return Sql.query(db, "SELECT id, mentor_id, held_on, supervisor, form, topics FROM registry.supervision_sessions "
                + "WHERE mentor_id = ? ORDER BY held_on DESC, id DESC", ps -> ps.setLong(1, mentorId), rs -> {
                    List<Supervision> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new Supervision(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                    return list;
                });
    }

    public long addMeeting(NetworkMeeting m, String actor) {
        return Sql.transaction(db, c -> {
            long id = Sql.insert(c, "INSERT INTO registry.network_meetings (network, held_on, topic, demo, "
                    + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, m.network());
                        ps.setDate(2, Date.valueOf(m.date()));
                        ps.setString(3, m.topic());
                        ps.setBoolean(4, m.demo());
                        ps.setString(5, actor);
                        ps.setObject(6, Sql.now());
                    });
            for (long mentor : m.attendees()) {
                Sql.update(c, "INSERT INTO registry.network_attendance (meeting_id, mentor_id) VALUES (?, ?)", ps -> {
                    ps.setLong(1, id);
                    ps.setLong(2, mentor);
                });
            }
            return id;
        });
    }

    public List<NetworkMeeting> meetings() {
        return Sql.query(db, "SELECT n.id, n.network, n.held_on, n.topic, n.demo, a.mentor_id "
                + "FROM registry.network_meetings n LEFT JOIN registry.network_attendance a ON a.meeting_id = n.id "
                + "ORDER BY n.held_on DESC, n.id DESC, a.mentor_id", ps -> { }, rs -> {
                    Map<Long, NetworkMeeting> byId = new LinkedHashMap<>();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        NetworkMeeting m = byId.get(id);
                        if (m == null) {
                            m = new NetworkMeeting(id, rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                                    rs.getBoolean(5), new ArrayList<>());
                            byId.put(id, m);
                        }
                        Long mentor = Sql.nullableLong(rs, 6);
                        if (mentor != null) {
                            m.attendees().add(mentor);
                        }
                    }
                    return new ArrayList<>(byId.values());
                });
    }
}
