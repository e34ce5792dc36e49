package no.mentorkit.ethics.internal.rest;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subjects;

/**
 * Courses the caller may pick ({@code /api/ethics/subjects?q=}), from the registry when it is installed (which
 * filters by the caller's access and audits the lookup); {@code registry: false} tells the UI to let case codes be
 * typed.
 */
@Component(service = SubjectResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/subjects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class SubjectResource {

    public record Choice(String caseCode, String label, String status) {
    }

    public record Choices(boolean registry, List<Choice> subjects) {
    }

    private final Subjects subjects;
    private final AuditLog audit;

    @Activate
    public SubjectResource(@Reference Subjects subjects, @Reference AuditLog audit) {
        this.subjects = subjects;
        this.audit = audit;
    }

    @GET
    public Choices search(@QueryParam("q") @DefaultValue("") String prefix, @Context SecurityContext sc) {
        UserPrincipal me = (UserPrincipal) sc.getUserPrincipal();
        List<Choice> found = subjects.search(me, prefix.strip(), 20).stream()
                .map(s -> new Choice(s.caseCode(), s.label(), s.status())).toList();
        if (subjects.available()) {
            audit.record(me, EthicsCodes.MODULE, "subject.search", "course", "*",
                    Shown.list(found.stream().map(Choice::caseCode).toList()));
        }
        return new Choices(subjects.available(), found);
    }
}
