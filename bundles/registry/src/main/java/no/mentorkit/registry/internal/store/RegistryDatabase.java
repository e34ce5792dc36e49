package no.mentorkit.registry.internal.store;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.ModuleSchema;

/** The registry schema: migrated when the bundle starts; the stores share its DataSource. */
@Component(service = RegistryDatabase.class)
public class RegistryDatabase {

    private final DataSource db;

    @Activate
    public RegistryDatabase(@Reference(target = "(mentorkit.schema=registry)") ModuleSchema schema) {
        this.db = schema.dataSource();
    }

    /** For tests outside OSGi: a schema migrated by other means. */
    public RegistryDatabase(DataSource db) {
        this.db = db;
    }

    public DataSource dataSource() {
        return db;
    }
}
