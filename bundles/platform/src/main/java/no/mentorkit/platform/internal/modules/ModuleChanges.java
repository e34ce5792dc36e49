package no.mentorkit.platform.internal.modules;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Installs and removes modules in the running system, one change at a time, in the background (a feature takes
 * seconds to install; the caller follows the change). Removing keeps the module's data: only its bundles go.
 * <p>
 * Bundles are never refreshed: a module's bundle is the only one that comes or goes, so the platform and the other
 * modules keep serving throughout (the {@code RepublishGate} covers the moment {@code /api} is republished).
 */
@Component(service = ModuleChanges.class)
public class ModuleChanges {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleChanges.class);
    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final int KEPT = 20;

    /** What is being done. */
    public enum Action { INSTALL, UNINSTALL }

    /** One change and how it went; {@code state} is running, done or failed. */
    public record Change(long id, String module, Action action, String by, Instant started, Instant finished,
            String state, String detail) {

        Change finish(boolean ok, String what) {
            return new Change(id, module, action, by, started, Instant.now(), ok ? "done" : "failed", what);
        }
    }

    private final ModuleCatalog catalog;
    private final AuditLog audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mentorkit-module-changes");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Change> recent = new ArrayDeque<>();

    @Activate
    public ModuleChanges(@Reference ModuleCatalog catalog, @Reference AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    /** Starts installing a module; refuses (409) while another change runs or when it is installed already. */
    public synchronized Change install(String id, UserPrincipal who) throws Exception {
        ModuleCatalog.Module module = known(id);
        if (module.installed()) {
            throw ApiProblem.conflict("The module '" + id + "' is installed already.");
        }
        return start(module, Action.INSTALL, who);
    }

    /** Starts removing a module; refuses (409) while another installed module needs it. */
    public synchronized Change uninstall(String id, UserPrincipal who) throws Exception {
        ModuleCatalog.Module module = known(id);
        if (!module.installed()) {
            throw ApiProblem.conflict("The module '" + id + "' is not installed.");
        }
        if (!module.neededBy().isEmpty()) {
            throw ApiProblem.conflict("The module '" + id + "' is needed by " + String.join(", ", module.neededBy())
                    + "; remove " + (module.neededBy().size() == 1 ? "that module" : "those modules") + " first.");
        }
        return start(module, Action.UNINSTALL, who);
    }

    public synchronized Optional<Change> change(long id) {
        return recent.stream().filter(c -> c.id() == id).findFirst();
    }

    public synchronized List<Change> recent() {
        return List.copyOf(recent);
    }

    private ModuleCatalog.Module known(String id) throws Exception {
        return catalog.module(id).orElseThrow(() -> ApiProblem.notFound("There is no module '" + id + "'."));
    }

    private Change start(ModuleCatalog.Module module, Action action, UserPrincipal who) {
        recent.stream().filter(c -> "running".equals(c.state())).findFirst().ifPresent(running -> {
            throw ApiProblem.conflict("Another change is running: " + running.action().name().toLowerCase()
                    + " " + running.module() + ". Try again when it has finished.");
        });
        Change change = new Change(ids.incrementAndGet(), module.id(), action, who.username(), Instant.now(), null,
                "running", null);
        remember(change);
        String verb = action == Action.INSTALL ? "install" : "uninstall";
        audit.record(who, "platform", "module." + verb, "module", module.id(), "feature " + module.feature());
        worker.execute(() -> run(change, module, who));
        return change;
    }

    private void run(Change change, ModuleCatalog.Module module, UserPrincipal who) {
        String verb = change.action() == Action.INSTALL ? "install" : "uninstall";
        Change done;
        try {
            if (change.action() == Action.INSTALL) {
                catalog.features().installFeature(module.feature(), OPTIONS);
            } else {
                remove(module);
            }
            done = change.finish(true, verb + "ed " + module.feature() + " " + module.version());
            LOG.info("Module {} {}ed by {}", module.id(), verb, who.username());
        } catch (Exception e) {
            LOG.warn("Could not {} module {}", verb, module.id(), e);
            done = change.finish(false, "Could not " + verb + " " + module.feature() + ": " + e.getMessage());
            audit.record(who, "platform", "module." + verb + ".failed", "module", module.id(), e.getClass().getSimpleName());
        }
        synchronized (this) {
            recent.removeIf(c -> c.id() == change.id());
            remember(done);
        }
    }

    /**
     * Removes a module asked for directly, or through an installed profile: the profile is then taken apart into
     * its other modules (asked for directly, so they stay) before it goes, and only this module's bundles leave.
     */
    private void remove(ModuleCatalog.Module module) throws Exception {
        FeaturesService features = catalog.features();
        List<ModuleCatalog.Profile> profiles = catalog.installedProfilesWith(module.id());
        if (!profiles.isEmpty()) {
            Set<String> keep = new LinkedHashSet<>();
            for (ModuleCatalog.Profile p : profiles) {
                for (String other : p.modules()) {
                    if (!other.equals(module.id())) {
                        catalog.module(other).ifPresent(m -> keep.add(m.feature()));
                    }
                }
            }
            if (!keep.isEmpty()) {
                features.installFeatures(keep, OPTIONS);
            }
            for (ModuleCatalog.Profile p : profiles) {
                features.uninstallFeature(p.feature(), OPTIONS);
            }
        }
        if (catalog.module(module.id()).map(ModuleCatalog.Module::required).orElse(false)) {
            features.uninstallFeature(module.feature(), OPTIONS);
        }
    }

    private void remember(Change change) {
        recent.addFirst(change);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
    }
}
