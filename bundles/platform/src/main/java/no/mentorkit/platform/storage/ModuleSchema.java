package no.mentorkit.platform.storage;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A module's schema, migrated to the newest version its bundle carries. The platform's schema extender publishes
 * one per bundle that declares {@value #HEADER} in its manifest, with the service property {@value #PROPERTY} naming
 * the module, once that bundle's migrations have run; it withdraws it when the bundle stops. A component that needs
 * its module's tables references it with a target filter, e.g.
 * {@code @Reference(target = "(mentorkit.schema=registry)")}, and so never runs on a schema not yet migrated, or on
 * one whose migration failed, whatever the start order.
 */
@ProviderType
public interface ModuleSchema {

    /**
     * Manifest header naming the bundle's module (its schema): {@code Mentorkit-Schema: registry}, optionally with
     * the folder of its migrations, {@code Mentorkit-Schema: registry;migrations=db/migration/registry} (that is the
     * default).
     */
    String HEADER = "Mentorkit-Schema";

    /** Service property holding the module (schema) name. */
    String PROPERTY = "mentorkit.schema";

    /** The module, which is also the schema's name. */
    String module();

    /** The schema's version after migration, e.g. {@code 4}; empty for a module without migrations. */
    String version();

    /** The shared database, as {@link Storage#dataSource()}: inside a REST request, the request's transaction. */
    DataSource dataSource();
}
