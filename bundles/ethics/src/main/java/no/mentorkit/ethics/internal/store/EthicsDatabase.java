package no.mentorkit.ethics.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.EthicsCodes;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/** The {@code ethics} schema: migrated when the bundle starts; the stores share its DataSource. */
@Component(service = EthicsDatabase.class)
public class EthicsDatabase {

    private final DataSource db;

    @Activate
    public EthicsDatabase(@Reference Storage storage, BundleContext context) {
        storage.migrate(EthicsCodes.MODULE, context.getBundle());
        this.db = storage.dataSource();
    }

    /** For tests outside OSGi: a schema migrated by other means. */
    public EthicsDatabase(DataSource db) {
        this.db = db;
    }

    public DataSource dataSource() {
        return db;
    }

    static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Runs an insert and returns the generated id. */
    static long insert(Connection c, String sql, Sql.Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
