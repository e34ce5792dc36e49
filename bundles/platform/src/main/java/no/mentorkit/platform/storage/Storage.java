package no.mentorkit.platform.storage;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The shared database. Each module owns a schema named after it, created and upgraded by the module's
 * versioned SQL migrations ({@code V1__init.sql}, {@code V2__...}) carried in its bundle under
 * {@code /db/migration/<module>/}. Uninstalling a module leaves its schema and data in place. A module declares its
 * schema with the manifest header {@link ModuleSchema#HEADER} and the platform migrates it; its components reference
 * the {@link ModuleSchema} service rather than calling {@link #migrate}.
 */
@ProviderType
public interface Storage {

    DataSource dataSource();

    /** Runs the module's pending migrations; safe to call at every start. Returns how many were applied. */
    int migrate(String module, Bundle bundle);

    /** Product name of the database, e.g. {@code H2} or {@code PostgreSQL}. */
    String databaseProduct();
}
