package no.mentorkit.benchmarks.ethics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

import no.mentorkit.ethics.internal.store.EthicsDatabase;
import no.mentorkit.forms.FormCheck;
import no.mentorkit.forms.FormDefinition;

/** The ethics schema on in-memory H2 (as the platform configures H2) and the shipped checklists from the bundle jar. */
final class Fixture {

    private Fixture() {
    }

    static EthicsDatabase database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA ethics");
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/ethics/V1__ethics.sql'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new EthicsDatabase(ds);
    }

    static FormDefinition checklist(String id) {
        String name = "checklists/" + id + ".form.json";
        try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(name)) {
            return FormCheck.lint(name, in.readAllBytes()).definition();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
