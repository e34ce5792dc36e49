package no.mentorkit.platform.internal.storage;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.storage.ModuleSchema;

/**
 * The extender for bundles that own a schema ({@value ModuleSchema#HEADER} in their manifest): migrates the schema
 * when the bundle starts, in the thread that starts it (so before the bundle's components are wired), and for bundles
 * already started when the platform (re)starts; then publishes a {@link ModuleSchema} for it, withdrawn when the
 * bundle stops. A migration that fails publishes nothing, so the module's components stay unsatisfied, and health
 * says DEGRADED naming the module, its bundle and version until the bundle is started again.
 */
// Declared for resolvers (Karaf's feature check): modules require ModuleSchema, registered here by hand, not by DS.
@Capability(namespace = "osgi.service", uses = ModuleSchema.class,
        attribute = "objectClass:List<String>=\"no.mentorkit.platform.storage.ModuleSchema\"")
@Component(service = StatusContributor.class, immediate = true)
public class SchemaExtender implements StatusContributor {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final FlywayStorage storage;
    private final BundleContext context;
    private final BundleTracker<Migrated> tracker;
    /** Failed migrations by bundle id, for health and status. */
    private final Map<Long, String> failures = new ConcurrentHashMap<>();

    /** A tracked bundle: its schema's registration, or none when its migration failed. */
    private record Migrated(String module, String version, ServiceRegistration<ModuleSchema> registration) { }

    @Activate
    public SchemaExtender(@Reference FlywayStorage storage, BundleContext context) {
        this.storage = storage;
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Migrated addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(ModuleSchema.HEADER);
                return header == null ? null : migrate(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Migrated migrated) {
                failures.remove(bundle.getBundleId());
                if (migrated.registration() != null) {
                    unregisterQuietly(migrated.registration());
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private Migrated migrate(Bundle bundle, String value) {
        try {
            SchemaHeader header = SchemaHeader.parse(value);
            FlywayStorage.Migrated result = storage.migrate(header.module(), bundle, header.migrations());
            failures.remove(bundle.getBundleId());
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSchema.PROPERTY, header.module());
            ModuleSchema schema = new Schema(header.module(), result.version(), storage.dataSource());
            return new Migrated(header.module(), result.version(),
                    context.registerService(ModuleSchema.class, schema, props));
        } catch (RuntimeException e) {
            String what = "schema '" + value + "' of bundle " + bundle.getSymbolicName() + " "
                    + bundle.getVersion() + " could not be migrated";
            LOG.error("The {}; the module stays unavailable until its bundle is started again", what, e);
            failures.put(bundle.getBundleId(), what + ": " + e.getMessage());
            return new Migrated(value, null, null);
        }
    }

    private static void unregisterQuietly(ServiceRegistration<ModuleSchema> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The platform bundle is stopping and the framework has withdrawn its services already.
        }
    }

    @Override
    public String id() {
        return "schemas";
    }

    @Override
    public Status status() {
        Map<String, Object> versions = new TreeMap<>();
        for (Migrated m : tracker.getTracked().values()) {
            if (m.registration() != null) {
                versions.put(m.module(), m.version());
            }
        }
        List<String> failed = List.copyOf(failures.values());
        Map<String, Object> details = new TreeMap<>(versions);
        if (!failed.isEmpty()) {
            details.put("failed", failed);
        }
        String summary = versions.size() + " module schema(s) migrated"
                + (failed.isEmpty() ? "" : ", " + failed.size() + " failed");
        return new Status(failed.isEmpty(), summary, details);
    }

    @Override
    public Optional<String> degraded() {
        return failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures.values()));
    }

    private record Schema(String module, String version, DataSource dataSource) implements ModuleSchema { }
}
