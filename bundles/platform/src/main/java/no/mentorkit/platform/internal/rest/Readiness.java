package no.mentorkit.platform.internal.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.rest.RestApi;

/**
 * Whether the installed modules have settled. While bundles start, each new resource makes the JAX-RS whiteboard
 * republish the whole {@code /api} application, so requests in that moment may see 404s: health says STARTING
 * until every Mentorkit bundle is active, its components are satisfied and every resource is being served.
 */
@Component(service = Readiness.class)
public class Readiness {

    /** After this long, a component still unsatisfied is a fault to report, not a start in progress. */
    static final Duration START_WINDOW = Duration.ofSeconds(90);

    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    private static final String PREFIX = "no.mentorkit.";
    /** Karaf's marker service, registered once the boot features are installed (by name: no import for a marker). */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    /** Set in the framework's JVM once settled: a refresh of this bundle must not make health say STARTING again. */
    private static final String STARTED_UP_PROPERTY = "no.mentorkit.platform.startedUp.";

    private final BundleContext context;
    private final Clock clock;
    private final Instant started;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime jaxrs;

    /** Health is polled often: a settled answer is kept until a bundle or service changes. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Report settled;
    /** The change count at the last look that could not be read, and at the last warning: a lasting fault or a race. */
    private final AtomicLong failedAt = new AtomicLong(-1);
    private final AtomicLong warnedAt = new AtomicLong(-1);
    /** Whether the installation has settled once since start: later module changes are changes, not a start. */
    private volatile boolean startedUp;
    private final BundleListener bundleChanged = event -> changed();
    private final ServiceListener serviceChanged = event -> changed();

    @Activate
    public Readiness(BundleContext context) {
        this.context = context;
        this.clock = Clock.systemUTC();
        this.started = clock.instant();
        context.addBundleListener(bundleChanged);
        context.addServiceListener(serviceChanged);
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(serviceChanged);
        context.removeBundleListener(bundleChanged);
    }

    private void changed() {
        changes.incrementAndGet();
        settled = null;
    }

    /**
     * What is still settling, and which components wait for a service.
     *
     * @param pending in words an operator can act on; empty when ready
     * @param unsatisfied components of our bundles waiting for a service; after the start window a fault, not a start
     */
    public record Report(List<String> pending, List<String> unsatisfied) {
    }

    public Report check() {
        Report known = settled;
        if (known != null) {
            return known;
        }
        long before = changes.get();
        Report report;
        try {
            report = compute();
        } catch (RuntimeException changing) {
            report = unreadable(changing, before);
        }
        // The JAX-RS runtime announces each change of what it serves by modifying its service, so a report
        // with nothing pending stays true until the next event.
        if (report.pending().isEmpty()) {
            markStartedUp();
            if (changes.get() == before) {
                settled = report;
            }
        }
        return report;
    }

    /**
     * SCR and the Aries JAX-RS whiteboard describe themselves from state they change without a lock while bundles
     * stop and start: a ConcurrentModificationException (CI, Aries 2.0.2 republishing {@code /api}), or SCR refusing
     * the description of a component whose bundle just stopped. Neither is a fault of the installation, and health
     * must never answer 500 for it: the moment is reported as settling, and the next poll looks again.
     */
    private Report unreadable(RuntimeException changing, long changeCount) {
        // Twice with no bundle or service event between is no race but a fault an operator should see, once.
        if (failedAt.getAndSet(changeCount) == changeCount && warnedAt.getAndSet(changeCount) != changeCount) {
            LOG.warn("Readiness cannot be read although no bundle or service changed", changing);
        } else {
            LOG.debug("Readiness could not be read while bundles change", changing);
        }
        return new Report(List.of("bundles are changing (" + changing.getClass().getSimpleName()
                + " while reading the OSGi runtime)"), List.of());
    }

    /** True once every module has settled after start; from then on, installing or removing one is a change. */
    public boolean startedUp() {
        return startedUp || Boolean.getBoolean(startedUpKey());
    }

    /** Whether nothing is settling now: API requests that find no resource are then answered 404 at once. */
    public boolean settled() {
        return check().pending().isEmpty();
    }

    private void markStartedUp() {
        if (!startedUp) {
            startedUp = true;
            System.setProperty(startedUpKey(), "true");
        }
    }

    /** Keyed by the framework's UUID, which is new at every start of Karaf. */
    private String startedUpKey() {
        return STARTED_UP_PROPERTY + context.getProperty(Constants.FRAMEWORK_UUID);
    }

    private Report compute() {
        List<String> pending = new ArrayList<>();
        // Until Karaf has installed the boot features it may still add, refresh or restart bundles, ours included:
        // a module served now may be gone a moment later (issue 15: UP, then 404s and STARTING again).
        if (context.getServiceReference(BOOT_FINISHED) == null) {
            pending.add("Karaf is still installing the boot features");
        }
        List<Bundle> ours = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith(PREFIX) || isFragment(b)) {
                continue;
            }
            ours.add(b);
            if (b.getState() != Bundle.ACTIVE) {
                pending.add("bundle " + name + " is not active yet");
            }
        }
        List<String> unsatisfied = unsatisfied(ours);
        if (inStartWindow()) {
            pending.addAll(unsatisfied);
        }
        pending.addAll(unservedResources());
        return new Report(pending, unsatisfied);
    }

    private List<String> unsatisfied(List<Bundle> bundles) {
        ServiceComponentRuntime scr = components;
        if (scr == null || bundles.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundles.toArray(new Bundle[0]))) {
            if (isUnsatisfied(scr, d)) {
                out.add("component " + d.name + " is not satisfied yet");
            }
        }
        return out;
    }

    private static boolean isUnsatisfied(ServiceComponentRuntime scr, ComponentDescriptionDTO d) {
        // A bundle that stops while we look is described without a bundle, and SCR then refuses the description;
        // its bundle is reported as not active, so there is nothing more to say about its components.
        if (d.bundle == null) {
            return false;
        }
        if (!scr.isComponentEnabled(d)) {
            return false;
        }
        for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
            if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                    || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                return true;
            }
        }
        return false;
    }

    private List<String> unservedResources() {
        JaxrsServiceRuntime runtime = jaxrs;
        if (runtime == null) {
            return List.of("the JAX-RS whiteboard is not running yet");
        }
        Set<Long> registered = registeredResourceIds();
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<Long> served = new HashSet<>();
        for (ApplicationDTO app : dto.applicationDTOs) {
            if (RestApi.APPLICATION_NAME.equals(app.name)) {
                for (ResourceDTO r : app.resourceDTOs) {
                    served.add(r.serviceId);
                }
            }
        }
        // A resource the whiteboard refused (e.g. a clashing name) will never be served: a fault, not a start.
        for (var failed : dto.failedResourceDTOs) {
            served.add(failed.serviceId);
        }
        long waiting = registered.stream().filter(id -> !served.contains(id)).count();
        return waiting == 0 ? List.of() : List.of(waiting + " REST resource(s) not served yet");
    }

    private Set<Long> registeredResourceIds() {
        Set<Long> ids = new HashSet<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(&("
                    + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
                    + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "="
                    + escape(RestApi.APPLICATION_SELECT) + "))");
            if (refs != null) {
                for (ServiceReference<?> ref : refs) {
                    ids.add((Long) ref.getProperty(Constants.SERVICE_ID));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private boolean inStartWindow() {
        return Duration.between(started, clock.instant()).compareTo(START_WINDOW) < 0;
    }

    private static boolean isFragment(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** LDAP filter value escaping (RFC 4515 subset the OSGi filter syntax uses). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char ch : value.toCharArray()) {
            if (ch == '(' || ch == ')' || ch == '*' || ch == '\\') {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
