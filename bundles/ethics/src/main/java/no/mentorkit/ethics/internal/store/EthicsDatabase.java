package no.mentorkit.ethics.internal.store;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.ModuleSchema;

/** The {@code ethics} schema: migrated when the bundle starts; the stores share its DataSource. */
@Component(service = EthicsDatabase.class)
public class EthicsDatabase {

    private final DataSource db;

    @Activate
    public EthicsDatabase(@Reference(target = "(mentorkit.schema=ethics)") ModuleSchema schema) {
        this.db = schema.dataSource();
    }

    /** For tests outside OSGi: a schema migrated by other means. */
    public EthicsDatabase(DataSource db) {
        this.db = db;
    }

    public DataSource dataSource() {
        return db;
    }
}
