package no.mentorkit.platform.internal.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/** Users and roles in the platform schema. */
@Component(service = UserStore.class)
public class UserStore {

    private static final String SELECT = "SELECT u.id, u.username, u.display_name, u.enabled, u.created_at, "
            + "u.last_login_at, u.password_hash, r.role FROM platform.users u "
            + "LEFT JOIN platform.user_roles r ON r.user_id = u.id ";

    private final DataSource db;

    @Activate
    public UserStore(@Reference Storage storage) {
        this.db = storage.dataSource();
    }

    public long count() {
        return Sql.query(db, "SELECT COUNT(*) FROM platform.users", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public Optional<User> findByUsername(String username) {
        return first(Sql.query(db, SELECT + "WHERE u.username = ?", ps -> ps.setString(1, username), UserStore::read));
    }

    public Optional<User> findById(long id) {
        return first(Sql.query(db, SELECT + "WHERE u.id = ?", ps -> ps.setLong(1, id), UserStore::read));
    }

    public List<User> list() {
        return Sql.query(db, SELECT + "ORDER BY u.username", ps -> { }, UserStore::read);
    }

    public User create(String username, String displayName, Set<Role> roles, String passwordHash) {
        long id = Sql.transaction(db, c -> {
            long created;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.users "
                    + "(username, display_name, password_hash, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, displayName);
                ps.setString(3, passwordHash);
                ps.setObject(4, now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    created = keys.getLong(1);
                }
            }
            writeRoles(c, created, roles);
            return created;
        });
        return findById(id).orElseThrow();
    }

    public void update(long id, String displayName, Set<Role> roles, Boolean enabled) {
        Sql.transaction(db, c -> {
            if (displayName != null) {
                Sql.update(c, "UPDATE platform.users SET display_name = ? WHERE id = ?", ps -> {
                    ps.setString(1, displayName);
                    ps.setLong(2, id);
                });
            }
            if (enabled != null) {
                Sql.update(c, "UPDATE platform.users SET enabled = ? WHERE id = ?", ps -> {
                    ps.setBoolean(1, enabled);
                    ps.setLong(2, id);
                });
            }
            if (roles != null) {
                Sql.update(c, "DELETE FROM platform.user_roles WHERE user_id = ?", ps -> ps.setLong(1, id));
                writeRoles(c, id, roles);
            }
            return null;
        });
    }

    public void setPasswordHash(long id, String hash) {
        Sql.transaction(db, c -> Sql.update(c, "UPDATE platform.users SET password_hash = ? WHERE id = ?", ps -> {
            ps.setString(1, hash);
            ps.setLong(2, id);
        }));
    }

    public void touchLogin(long id) {
        Sql.transaction(db, c -> Sql.update(c, "UPDATE platform.users SET last_login_at = ? WHERE id = ?", ps -> {
            ps.setObject(1, now());
            ps.setLong(2, id);
        }));
    }

    private static void writeRoles(Connection c, long id, Set<Role> roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.user_roles (user_id, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                ps.setLong(1, id);
                ps.setString(2, role.code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Folds the one-row-per-role join into users, keeping the query's order. */
    private static List<User> read(ResultSet rs) throws SQLException {
        Map<Long, User> users = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong(1);
            User u = users.get(id);
            if (u == null) {
                u = new User(id, rs.getString(2), rs.getString(3), EnumSet.noneOf(Role.class), rs.getBoolean(4),
                        Sql.instant(rs, 5), Sql.instant(rs, 6), rs.getString(7));
                users.put(id, u);
            }
            String role = rs.getString(8);
            if (role != null) {
                Role.fromCode(role).ifPresent(u.roles()::add);
            }
        }
        List<User> result = new ArrayList<>();
        users.values().forEach(u -> result.add(new User(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()),
                u.enabled(), u.createdAt(), u.lastLoginAt(), u.passwordHash())));
        return result;
    }

    private static Optional<User> first(List<User> users) {
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
