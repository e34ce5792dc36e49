package no.mentorkit.platform.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.storage.Storage;

/**
 * Storage over the DataSource that pax-jdbc-config publishes from {@code etc/org.ops4j.datasource-mentorkit.cfg}.
 * Migrations are run by Flyway, one schema (and one history table in it) per module, on the pool itself: a module
 * started by a request commits its schema whatever the request does.
 */
@Component(service = {Storage.class, FlywayStorage.class})
public class FlywayStorage implements Storage {

    public static final String PLATFORM_MODULE = "platform";

    private static final Logger LOG = LoggerFactory.getLogger(FlywayStorage.class);

    private final DataSource dataSource;
    /** What modules get: inside a REST request, the request's one transaction (see {@link UnitOfWork}). */
    private final DataSource requestBound;
    private final String product;
    /**
     * One migration at a time: modules start in parallel (the library migrates on a thread of its own), and on H2
     * one module's DDL could hold the schema catalogue long enough for another's {@code CREATE SCHEMA} to time out.
     */
    private final Object migrations = new Object();

    @Activate
    public FlywayStorage(@Reference(target = "(dataSourceName=mentorkit)") DataSource dataSource, BundleContext context)
            throws SQLException {
        this.dataSource = dataSource;
        this.requestBound = new RequestBoundDataSource(dataSource);
        try (Connection c = dataSource.getConnection()) {
            this.product = c.getMetaData().getDatabaseProductName();
        }
        migrate(PLATFORM_MODULE, context.getBundle());
    }

    @Override
    public DataSource dataSource() {
        return requestBound;
    }

    @Override
    public String databaseProduct() {
        return product;
    }

    @Override
    public int migrate(String module, Bundle bundle) {
        return migrate(module, bundle, "db/migration/" + module).applied();
    }

    /** What one migration did: how many scripts it applied and the schema's version after it ("" for none). */
    public record Migrated(int applied, String version) { }

    /** Runs the module's pending migrations found in {@code folder} of the bundle. */
    public Migrated migrate(String module, Bundle bundle, String folder) {
        if (!module.matches("[a-z][a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("Module id not usable as a schema name: " + module);
        }
        synchronized (migrations) {
            return migrateAlone(module, bundle, folder);
        }
    }

    private Migrated migrateAlone(String module, Bundle bundle, String folder) {
        // Flyway finds its database plugins through ServiceLoader on the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Flyway.class.getClassLoader());
        try {
            Flyway flyway = Flyway.configure(Flyway.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .table("schema_history")
                    .resourceProvider(new BundleResourceProvider(bundle, folder))
                    .javaMigrationClassProvider(() -> List.of())
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            LOG.info("Schema '{}' at version {} ({} migration(s) applied)", module, result.targetSchemaVersion,
                    result.migrationsExecuted);
            MigrationInfo current = flyway.info().current();
            return new Migrated(result.migrationsExecuted, current == null ? "" : current.getVersion().getVersion());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
