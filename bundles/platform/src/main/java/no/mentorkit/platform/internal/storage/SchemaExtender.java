package no.mentorkit.platform.internal.storage;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
 * says DEGRADED naming the module, its bundle and version; it is tried again with a growing pause, so a database
 * that was out of reach at start does not leave the module unavailable until a restart.
 */
// Declared for resolvers (Karaf's feature check): modules require ModuleSchema, registered here by hand, not by DS.
@Capability(namespace = "osgi.service", uses = ModuleSchema.class,
        attribute = "objectClass:List<String>=\"no.mentorkit.platform.storage.ModuleSchema\"")
@Component(service = StatusContributor.class, immediate = true)
public class SchemaExtender implements StatusContributor {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);
    private static final List<Long> RETRY_PAUSE_S = List.of(1L, 2L, 5L, 10L, 30L);

    private final FlywayStorage storage;
    private final BundleContext context;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mentorkit-schema-retry");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<Tracked> tracker;

    @Activate
    public SchemaExtender(@Reference FlywayStorage storage, BundleContext context) {
        this.storage = storage;
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Tracked addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(ModuleSchema.HEADER);
                if (header == null) {
                    return null;
                }
                Tracked tracked = new Tracked(bundle, header);
                migrate(tracked, 1);
                return tracked;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
                tracked.close();
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
        retries.shutdownNow();
    }

    private void migrate(Tracked tracked, int attempt) {
        Bundle bundle = tracked.bundle;
        try {
            SchemaHeader header = SchemaHeader.parse(tracked.header);
            FlywayStorage.Migrated result = storage.migrate(header.module(), bundle, header.migrations());
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSchema.PROPERTY, header.module());
            tracked.published(header.module(), result.version(), props);
        } catch (RuntimeException e) {
            String what = "schema '" + tracked.header + "' of bundle " + bundle.getSymbolicName() + " "
                    + bundle.getVersion() + " could not be migrated";
            long pause = RETRY_PAUSE_S.get(Math.min(attempt, RETRY_PAUSE_S.size()) - 1);
            if (attempt == 1) {
                LOG.error("The {}; the module is unavailable until it is (trying again in {} s)", what, pause, e);
            } else {
                LOG.warn("The {} (attempt {}, trying again in {} s): {}", what, attempt, pause, e.toString());
            }
            tracked.failed(what + ": " + e.getMessage(), retryLater(() -> migrate(tracked, attempt + 1), pause));
        }
    }

    private ScheduledFuture<?> retryLater(Runnable attempt, long pauseSeconds) {
        try {
            return retries.schedule(attempt, pauseSeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            return null;
        }
    }

    @Override
    public String id() {
        return "schemas";
    }

    @Override
    public Status status() {
        Map<String, Object> details = new TreeMap<>();
        List<String> failed = failures();
        for (Tracked t : tracker.getTracked().values()) {
            if (t.version != null) {
                details.put(t.module, t.version);
            }
        }
        int migrated = details.size();
        if (!failed.isEmpty()) {
            details.put("failed", failed);
        }
        String summary = migrated + " module schema(s) migrated" + (failed.isEmpty() ? "" : ", " + failed.size()
                + " failed");
        return new Status(failed.isEmpty(), summary, details);
    }

    @Override
    public Optional<String> degraded() {
        List<String> failed = failures();
        return failed.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failed));
    }

    private List<String> failures() {
        return tracker.getTracked().values().stream().map(t -> t.failure).filter(Objects::nonNull).sorted().toList();
    }

    /** A bundle that declares a schema: published, or failed and waiting for its next attempt. */
    private final class Tracked {

        final Bundle bundle;
        final String header;
        volatile String module;
        volatile String version;
        volatile String failure;
        private ServiceRegistration<ModuleSchema> registration;
        private ScheduledFuture<?> retry;
        private boolean closed;

        Tracked(Bundle bundle, String header) {
            this.bundle = bundle;
            this.header = header;
        }

        synchronized void published(String module, String version, Dictionary<String, Object> props) {
            if (closed) {
                return;
            }
            this.module = module;
            this.version = version;
            this.failure = null;
            this.registration = context.registerService(ModuleSchema.class,
                    new Schema(module, version, storage.dataSource()), props);
        }

        synchronized void failed(String why, ScheduledFuture<?> next) {
            this.failure = why;
            this.retry = next;
            if (closed && next != null) {
                next.cancel(false);
            }
        }

        synchronized void close() {
            closed = true;
            if (retry != null) {
                retry.cancel(false);
            }
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // The platform bundle is stopping and the framework has withdrawn its services already.
                }
            }
        }
    }

    private record Schema(String module, String version, DataSource dataSource) implements ModuleSchema { }
}
