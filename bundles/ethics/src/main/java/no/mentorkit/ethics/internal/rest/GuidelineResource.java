package no.mentorkit.ethics.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.model.Guideline;
import no.mentorkit.ethics.internal.store.GuidelineStore;
import no.mentorkit.ethics.internal.store.GuidelineStore.Acceptance;
import no.mentorkit.platform.Languages;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * The organisation's ethical guidelines, versioned ({@code /api/ethics/guidelines}): everyone reads the current
 * version and accepts it; admins publish a new version, which asks everyone to accept again; admins and
 * coordinators see who accepted which version when.
 */
@Component(service = GuidelineResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/guidelines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class GuidelineResource {

    private static final String MODULE = EthicsCodes.MODULE;
    static final int TEXT_MAX = 200_000;

    /** The current version (or none yet) and whether the caller accepted it. */
    public record Current(Integer version, Map<String, String> text, String note, String publishedBy,
            Instant publishedAt, boolean accepted, Instant acceptedAt) {
    }

    /** A new version: the text in every language, and an optional note on what changed. */
    public record NewVersion(Map<String, String> text, String note, Integer currentVersion) {
    }

    private final GuidelineStore store;
    private final AuditLog audit;

    @Activate
    public GuidelineResource(@Reference GuidelineStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @GET
    public Current current(@Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Current current = store.current().map(g -> current(g, me)).orElse(new Current(null, Map.of(), null, null,
                null, false, null));
        audit.record(me, MODULE, "read", "guidelines", String.valueOf(current.version()), null);
        return current;
    }

    @GET
    @Path("versions")
    public List<Current> versions(@Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        audit.record(me, MODULE, "read", "guidelines", "*", "versions");
        return store.versions().stream().map(g -> current(g, me)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public Response publish(NewVersion in, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Map<String, String> text = in.text() == null ? Map.of() : in.text();
        Validation v = new Validation().required("currentVersion", in.currentVersion());
        for (String lang : Languages.ALL) {
            v.required("text." + lang, text.get(lang)).freeText("text." + lang, text.get(lang), TEXT_MAX);
        }
        v.freeText("note", in.note(), 1000).throwIfInvalid();
        int version = store.publish(in.currentVersion(), Map.of("nb", text.get("nb").strip(), "nn",
                text.get("nn").strip(), "en", text.get("en").strip()), blankToNull(in.note()), me.username())
                .orElseThrow(() -> ApiProblem.conflict("Another version was published meanwhile; reload and try again."));
        audit.record(me, MODULE, "publish", "guidelines", String.valueOf(version), null);
        return Response.status(201).entity(current(store.find(version).orElseThrow(), me)).build();
    }

    @POST
    @Path("{version}/accept")
    public Current accept(@PathParam("version") int version, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Guideline g = store.find(version).orElseThrow(() -> ApiProblem.notFound("No guideline version " + version + "."));
        int current = store.current().map(Guideline::version).orElse(0);
        if (version != current) {
            throw ApiProblem.conflict("Version " + version + " is no longer current; read and accept version "
                    + current + ".");
        }
        store.accept(version, me.userId(), me.username());
        audit.record(me, MODULE, "accept", "guidelines", String.valueOf(version), null);
        return current(g, me);
    }

    /** Who accepted which version when: every version, or one with {@code ?version=}. */
    @GET
    @Path("acceptances")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public List<Acceptance> acceptances(@QueryParam("version") Integer version, @Context SecurityContext sc) {
        List<Acceptance> list = store.acceptances(version);
        audit.record(me(sc), MODULE, "read", "guideline-acceptances", version == null ? "*" : String.valueOf(version),
                Shown.list(list.stream().map(a -> a.username()).distinct().toList()));
        return list;
    }

    private Current current(Guideline g, UserPrincipal me) {
        Instant at = store.acceptances(g.version()).stream().filter(a -> a.userId() == me.userId())
                .map(Acceptance::acceptedAt).findFirst().orElse(null);
        return new Current(g.version(), g.text(), g.note(), g.publishedBy(), g.publishedAt(), at != null, at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
