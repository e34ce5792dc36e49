package no.mentorkit.ethics.internal.rest;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.rest.DisclosureResource.DisclosureView;
import no.mentorkit.ethics.internal.service.EthicsAccess;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.DisclosureStore;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subjects;

/**
 * A course's ethics report ({@code /api/ethics/courses/{caseCode}/report}): its checklists with every answer, who
 * signed and countersigned when, and its disclosures with their legal basis; printable in the UI.
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class ReportResource {

    private static final String MODULE = EthicsCodes.MODULE;

    /** What a course's report shows: its status where the registry knows it, checklists and disclosures. */
    public record Report(String caseCode, String status, String label, Instant generatedAt,
            List<CompletionResource.View> completions, List<DisclosureView> disclosures) {
    }

    private final DisclosureStore store;
    private final CompletionStore completions;
    private final CompletionResource completionViews;
    private final Subjects subjects;
    private final AuditLog audit;

    @Activate
    public ReportResource(@Reference DisclosureStore store, @Reference CompletionStore completions,
            @Reference CompletionResource completionViews, @Reference Subjects subjects, @Reference AuditLog audit) {
        this.store = store;
        this.completions = completions;
        this.completionViews = completionViews;
        this.subjects = subjects;
        this.audit = audit;
    }

    @GET
    @Path("{caseCode}/report")
    public Report report(@PathParam("caseCode") String caseCode, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        String code = caseCode.strip();
        if (!access.canSeeCourse(code)) {
            audit.record(access.me(), MODULE, "access.denied", "course-report", code, null);
            throw ApiProblem.forbidden("Only the course's mentor, its supervisor, coordinators and admins see its report.");
        }
        var course = access.course(code);
        List<CompletionResource.View> done = completions.about(EthicsCodes.COURSE, code).stream()
                .filter(access::canRead).map(c -> completionViews.view(c, access)).toList();
        List<DisclosureView> disclosures = DisclosureResource.views(store.list(code), access);
        audit.record(access.me(), MODULE, "read", "course-report", code, "checklists "
                + Shown.list(done.stream().map(v -> v.summary().id()).toList()) + "; disclosures "
                + Shown.list(disclosures.stream().map(DisclosureView::id).toList()));
        return new Report(code, course.map(s -> s.status()).orElse(null), course.map(s -> s.label()).orElse(null),
                Instant.now(), done, disclosures);
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
