package no.mentorkit.ethics.internal.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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

import no.mentorkit.ethics.internal.model.Disclosure;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.service.DisclosureInput;
import no.mentorkit.ethics.internal.service.EthicsAccess;
import no.mentorkit.ethics.internal.store.DisclosureStore;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subjects;

/**
 * The disclosure log ({@code /api/ethics/disclosures}). Entries are appended, never edited: a correction is a new entry naming the one it corrects. Admins and
 * coordinators see every entry, mentors their own and their courses', supervisors their supervised courses'.
 */
@Component(service = DisclosureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class DisclosureResource {

    private static final String MODULE = EthicsCodes.MODULE;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** An entry as listed: {@code correctedBy} is the id of a later entry correcting it, if any. */
    public record DisclosureView(long id, String caseCode, LocalDate disclosedAt, String recipient, String what,
            String legalBasis, String legalBasisText, String decidedBy, Long corrects, String correctionReason,
            Long correctedBy, String recordedBy, Instant recordedAt) {
    }

    private final DisclosureStore store;
    private final Subjects subjects;
    private final AuditLog audit;

    @Activate
    public DisclosureResource(@Reference DisclosureStore store, @Reference Subjects subjects,
            @Reference AuditLog audit) {
        this.store = store;
        this.subjects = subjects;
        this.audit = audit;
    }

    @GET
    public List<DisclosureView> list(@QueryParam("course") String course, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        String code = course == null || course.isBlank() ? null : course.strip();
        List<DisclosureView> list = views(store.list(code), access);
        audit.record(access.me(), MODULE, "read", "disclosure", code == null ? "*" : code,
                Shown.list(list.stream().map(DisclosureView::id).toList()));
        return list;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
    public Response record(DisclosureInput in, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        UserPrincipal me = access.me();
        Validation v = in.validate(LocalDate.now(OSLO));
        String code = in.caseCode() == null ? null : in.caseCode().strip();
        Disclosure corrected = in.corrects() == null ? null : store.find(in.corrects()).orElse(null);
        v.check(in.corrects() == null || (corrected != null && corrected.caseCode().equals(code)
                && access.canRead(corrected)), "corrects", "no entry with this id about this course that you may see");
        if (code != null && Validation.CASE_CODE.matcher(code).matches() && access.registry()) {
            v.check(access.course(code).isPresent(), "caseCode", "no course with this case code that you may see");
        }
        v.throwIfInvalid();
        if (!access.canSeeCourse(code)) {
            audit.record(me, MODULE, "access.denied", "disclosure", code, "record");
            throw ApiProblem.forbidden("Only the course's mentor, its supervisor or a coordinator records disclosures.");
        }
        Disclosure d = store.append(new Disclosure(0, code, LocalDate.parse(in.disclosedAt().strip()),
                in.recipient().strip(), in.what().strip(), in.legalBasis(), blankToNull(in.legalBasisText()),
                in.decidedBy().strip(), in.corrects(), blankToNull(in.correctionReason()), me.userId(),
                me.username(), null));
        audit.record(me, MODULE, in.corrects() == null ? "create" : "correct", "disclosure", String.valueOf(d.id()),
                "course " + code + ", basis " + d.legalBasis());
        return Response.created(URI.create("ethics/disclosures/" + d.id()))
                .entity(views(List.of(d), access).get(0)).build();
    }

    static List<DisclosureView> views(List<Disclosure> entries, EthicsAccess access) {
        Map<Long, Long> correctedBy = new HashMap<>();
        for (Disclosure d : entries) {
            if (d.corrects() != null) {
                correctedBy.merge(d.corrects(), d.id(), Math::max);
            }
        }
        return entries.stream().filter(access::canRead).map(d -> new DisclosureView(d.id(), d.caseCode(),
                d.disclosedOn(), d.recipient(), d.what(), d.legalBasis(), d.legalBasisText(), d.decidedBy(),
                d.corrects(), d.correctionReason(), correctedBy.get(d.id()), d.recordedBy(), d.recordedAt())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
