package no.mentorkit.ethics.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

import no.mentorkit.ethics.internal.store.EthicsDatabase;

/** The real migration on a fresh in-memory H2, configured as the platform configures it. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static EthicsDatabase create() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Path script = Path.of("src/main/resources/db/migration/ethics/V1__ethics.sql").toAbsolutePath();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA ethics");
            s.execute("RUNSCRIPT FROM '" + script + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new EthicsDatabase(ds);
    }
}
