package no.mentorkit.platform.internal.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.internal.modules.ModuleCatalog;
import no.mentorkit.platform.internal.rest.Readiness;
import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.storage.Storage;

/** Puts {@code mentorkit:status} and {@code GET /api/admin/status} together: health, versions, database, modules, reports. */
@Component(service = StatusService.class)
public class StatusService {

    private static final Logger LOG = LoggerFactory.getLogger(StatusService.class);

    /** The whole report. {@code health} is UP, STARTING, SETTLING (a module changing) or DOWN. */
    public record Report(String health, List<String> settling, Versions versions, DatabaseFacts database,
            List<ModuleCatalog.Module> modules, Map<String, StatusContributor.Status> reports) {
    }

    /** Mentorkit (the platform bundle), Karaf (its features service) and Java. */
    public record Versions(String mentorkit, String karaf, String java) {
    }

    private final Storage storage;
    private final Readiness readiness;
    private final ModuleCatalog catalog;
    private final Versions versions;
    private final List<StatusContributor> contributors = new CopyOnWriteArrayList<>();

    @Activate
    public StatusService(@Reference Storage storage, @Reference Readiness readiness, @Reference ModuleCatalog catalog,
            BundleContext context) {
        this.storage = storage;
        this.readiness = readiness;
        this.catalog = catalog;
        this.versions = new Versions(context.getBundle().getVersion().toString(),
                FrameworkUtil.getBundle(FeaturesService.class).getVersion().toString(),
                System.getProperty("java.version"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(StatusContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(StatusContributor contributor) {
        contributors.remove(contributor);
    }

    public Report report() throws Exception {
        DatabaseFacts database = DatabaseFacts.of(storage);
        List<String> pending = readiness.check().pending();
        String health = !database.up() ? "DOWN"
                : pending.isEmpty() ? "UP" : readiness.startedUp() ? "SETTLING" : "STARTING";
        Map<String, StatusContributor.Status> reports = new TreeMap<>();
        for (StatusContributor c : contributors) {
            reports.put(c.id(), ask(c));
        }
        return new Report(health, pending, versions, database, catalog.modules(), reports);
    }

    /** One module's failing report must not hide the others'. */
    private static StatusContributor.Status ask(StatusContributor c) {
        try {
            return c.status();
        } catch (RuntimeException e) {
            LOG.warn("Status of {} could not be read", c.id(), e);
            return new StatusContributor.Status(false, "could not be read: " + e.getMessage(), Map.of());
        }
    }
}
