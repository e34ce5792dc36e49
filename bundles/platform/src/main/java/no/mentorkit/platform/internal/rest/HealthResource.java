package no.mentorkit.platform.internal.rest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.internal.users.InitialAdmin;
import no.mentorkit.platform.rest.Public;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.storage.Storage;

/**
 * {@code GET /api/health}: for load balancers and monitoring, so it answers without login. It is registered only
 * once the first-start administrator exists, so "UP" always means someone can log in, and it answers 503 STARTING
 * while installed modules are still settling at start (see {@link Readiness}). Once started, a module being installed
 * or removed does not take the whole installation out of a load balancer: health stays 200 UP and lists what is
 * settling under {@code "settling"}. With the database out of reach it answers 503 DOWN within about three seconds;
 * a module that works only in part (see {@link StatusContributor#degraded()}) makes it 200 DEGRADED with the reasons.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("health")
@OutsideTransaction
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final Storage storage;
    private final Readiness readiness;
    private final String version;

    @Activate
    public HealthResource(@Reference Storage storage, @Reference InitialAdmin initialAdmin,
            @Reference Readiness readiness, BundleContext context) {
        this.storage = storage;
        this.readiness = readiness;
        this.version = context.getBundle().getVersion().toString();
    }

    /** Modules that say they work only in part (an index that cannot be written); their reasons make DEGRADED. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<StatusContributor> contributors = new CopyOnWriteArrayList<>();

    @GET
    @Public
    public Response health() {
        boolean databaseUp;
        // Bounded by the pool's connectionTimeout (etc/org.ops4j.datasource-mentorkit.cfg) and isValid's second.
        try (Connection c = storage.dataSource().getConnection()) {
            databaseUp = c.isValid(1);
        } catch (Exception e) {
            databaseUp = false;
        }
        Readiness.Report report = readiness.check();
        List<String> pending = report.pending();
        boolean starting = !pending.isEmpty() && !readiness.startedUp();
        List<String> degraded = degraded();
        String status = !databaseUp ? "DOWN" : starting ? "STARTING" : degraded.isEmpty() ? "UP" : "DEGRADED";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("version", version);
        body.put("database", Map.of("status", databaseUp ? "UP" : "DOWN", "product", storage.databaseProduct()));
        if (!pending.isEmpty()) {
            body.put(starting ? "pending" : "settling", pending);
        }
        List<String> unsatisfied = report.unsatisfied();
        if (!unsatisfied.isEmpty()) {
            body.put("unsatisfied", unsatisfied);
        }
        if (!degraded.isEmpty()) {
            body.put("degraded", degraded);
        }
        // DEGRADED still serves (searches, reads, other modules): 200, so one module's trouble does not take the
        // whole installation out of a load balancer; the reasons say what does not work.
        boolean serving = "UP".equals(status) || "DEGRADED".equals(status);
        Response.ResponseBuilder answer = Response.status(serving ? 200 : 503).entity(body);
        if (!serving) {
            answer.header(HttpHeaders.RETRY_AFTER, "DOWN".equals(status) ? 5 : 1);
        }
        return answer.build();
    }

    private List<String> degraded() {
        List<String> out = new ArrayList<>();
        if (Faults.storageRecentlyFull()) {
            out.add("storage: the disk is full; writes are refused with 507 (seen within the last "
                    + Faults.FULL_REMEMBERED.toSeconds() + " s)");
        }
        for (StatusContributor c : contributors) {
            try {
                c.degraded().ifPresent(reason -> out.add(c.id() + ": " + reason));
            } catch (RuntimeException e) {
                out.add(c.id() + ": its state cannot be read");
            }
        }
        return out;
    }
}
