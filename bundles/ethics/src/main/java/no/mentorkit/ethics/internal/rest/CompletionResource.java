package no.mentorkit.ethics.internal.rest;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.model.ItemAnswer;
import no.mentorkit.ethics.internal.service.ChecklistAnswers;
import no.mentorkit.ethics.internal.service.EthicsAccess;
import no.mentorkit.ethics.internal.service.SignOff;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.FormResponses;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.security.UserSummary;
import no.mentorkit.platform.subject.Subjects;

/**
 * Checklist completions: {@code /api/ethics/completions}. The author fills in a draft item by item with comments
 * and signs it; a coordinator or a supervisor of the subject, not the signer, countersigns. Every read and change is
 * audited; a refused read is audited too.
 */
@Component(service = CompletionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/completions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class CompletionResource {

    static final String MODULE = EthicsCodes.MODULE;

    /** {@code subject}: {@code course:<caseCode>}, {@code mentor:<userId>} or {@code mentor:me}. */
    public record NewCompletion(String subject, String checklistId) {
    }

    public record Fill(Map<String, ItemAnswer> answers, Integer version) {
    }

    public record Countersign(Integer version, String comment) {
    }

    /** {@code label}: the case code, or the mentor's user name for a mentor checklist. */
    public record Summary(long id, String subject, String label, String formId, String formVersion,
            Map<String, String> title, String appliesTo, String stage, String status, String author, Instant createdAt, Instant updatedAt,
            String signedBy, Instant signedAt, String countersignedBy, String countersignedRole,
            Instant countersignedAt, int version) {
    }

    /** A completion with its checklist version and what the caller may do with it. */
    public record View(Summary summary, Map<String, ItemAnswer> answers, String countersignComment, boolean mine,
            boolean mayCountersign, FormDefinition form) {
    }

    private final CompletionStore store;
    private final FormRegistry forms;
    private final Subjects subjects;
    private final UserDirectory users;
    private final AuditLog audit;
    private final FormResponses responses;

    @Activate
    public CompletionResource(@Reference CompletionStore store, @Reference FormRegistry forms,
            @Reference Subjects subjects, @Reference UserDirectory users, @Reference AuditLog audit,
            @Reference FormResponses responses) {
        this.store = store;
        this.forms = forms;
        this.subjects = subjects;
        this.users = users;
        this.audit = audit;
        this.responses = responses;
    }

    @GET
    public List<Summary> list(@QueryParam("subject") String subject, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        List<Completion> found;
        if (subject == null || subject.isBlank()) {
            found = store.all();
        } else {
            String[] s = parseSubject(subject.strip(), access.me());
            found = store.about(s[0], s[1]);
        }
        List<Summary> list = found.stream().filter(access::canRead).map(this::summary).toList();
        audit.record(access.me(), MODULE, "read", "completion", subject == null ? "*" : subject.strip(),
                Shown.list(list.stream().map(Summary::id).toList()));
        return list;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
    public Response create(NewCompletion in, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        UserPrincipal me = access.me();
        Validation v = new Validation().required("subject", in.subject()).required("checklistId", in.checklistId());
        v.throwIfInvalid();
        String[] subject = parseSubject(in.subject().strip(), me);
        Optional<DeployedForm> form = forms.current(in.checklistId().strip())
                .filter(f -> FormDefinition.CHECKLIST.equals(f.kind()));
        v.check(form.isPresent(), "checklistId", "no published checklist with this id");
        v.check(form.isEmpty() || subject[0].equals(form.get().definition().checklist().appliesTo()), "checklistId",
                "this checklist is about a " + form.map(f -> f.definition().checklist().appliesTo()).orElse("")
                        + ", not a " + subject[0]);
        v.throwIfInvalid();
        if (EthicsCodes.COURSE.equals(subject[0])) {
            if (access.registry() && access.course(subject[1]).isEmpty()) {
                throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("subject",
                        "no course with this case code that you may see")));
            }
            boolean mayFill = access.registry() ? access.mentors(subject[1]) || me.has(Role.COORDINATOR)
                    : me.has(Role.MENTOR) || me.has(Role.COORDINATOR);
            if (!mayFill) {
                audit.record(me, MODULE, "access.denied", "completion", in.subject().strip(), "create");
                throw ApiProblem.forbidden("Only the course's mentor or a coordinator fills in a course checklist.");
            }
        } else if (!subject[1].equals(String.valueOf(me.userId()))) {
            audit.record(me, MODULE, "access.denied", "completion", in.subject().strip(), "create");
            throw ApiProblem.forbidden("A mentor checklist is filled in by the mentor it is about.");
        }
        DeployedForm f = form.get();
        Completion c = store.create(subject[0], subject[1], f.id(), f.version(), me.userId(), me.username());
        audit.record(me, MODULE, "create", "completion", String.valueOf(c.id()), c.subject() + ", checklist "
                + f.id() + "@" + f.version());
        return Response.created(URI.create("ethics/completions/" + c.id())).entity(view(c, access)).build();
    }

    /**
     * A signed course checklist as a FHIR R4 QuestionnaireResponse, the subject named by case code only; read
     * under the same access rules and audited like any read. Comments stay out: they are the ethics module's own
     * notes, not answers. A mentor's checklist is about a named person and is not handed over.
     */
    @GET
    @Path("{id}/fhir")
    @Produces({FormResponses.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public String fhir(@PathParam("id") long id, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        Completion c = readable(id, access);
        if (c.draft() || c.caseCode() == null) {
            throw ApiProblem.conflict("Only a signed course checklist is handed over as a QuestionnaireResponse.");
        }
        audit.record(access.me(), MODULE, "read", "completion", String.valueOf(id), "fhir");
        Map<String, Answer> answers = new LinkedHashMap<>();
        c.answers().forEach((item, a) -> answers.put(item, new Answer(a.value(), false, null, null)));
        return responses.questionnaireResponse(definition(c), answers, null, c.caseCode(), c.signedAt());
    }

    @GET
    @Path("{id}")
    public View get(@PathParam("id") long id, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        Completion c = readable(id, access);
        audit.record(access.me(), MODULE, "read", "completion", String.valueOf(id), null);
        return view(c, access);
    }

    /** Saves a draft as it is filled in: values and comments are checked, completeness is not. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public View save(@PathParam("id") long id, Fill in, @Context SecurityContext sc) {
        return fill(id, in, new EthicsAccess(me(sc), subjects), false);
    }

    /** Signs: every visible required item must be answered (400 naming each); nothing changes afterwards. */
    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public View sign(@PathParam("id") long id, Fill in, @Context SecurityContext sc) {
        return fill(id, in, new EthicsAccess(me(sc), subjects), true);
    }

    @POST
    @Path("{id}/countersign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR, Role.SUPERVISOR})
    public View countersign(@PathParam("id") long id, Countersign in, @Context SecurityContext sc) {
        EthicsAccess access = new EthicsAccess(me(sc), subjects);
        UserPrincipal me = access.me();
        Completion c = readable(id, access);
        Validation v = new Validation().required("version", in.version());
        v.freeText("comment", in.comment(), 2000).throwIfInvalid();
        String role;
        try {
            role = SignOff.countersignRole(c, me, access.supervisesSubject(c));
        } catch (ApiProblem p) {
            if (p.status() == 403) {
                audit.record(me, MODULE, "access.denied", "completion", String.valueOf(id), "countersign");
            }
            throw p;
        }
        String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        if (!store.countersign(id, in.version(), me.userId(), me.username(), role, comment)) {
            throw stale();
        }
        audit.record(me, MODULE, "countersign", "completion", String.valueOf(id), "as " + role);
        return view(store.find(id).orElseThrow(), access);
    }

    private View fill(long id, Fill in, EthicsAccess access, boolean signing) {
        UserPrincipal me = access.me();
        Completion c = readable(id, access);
        try {
            SignOff.requireEditable(c, me);
        } catch (ApiProblem p) {
            if (p.status() == 403) {
                audit.record(me, MODULE, "access.denied", "completion", String.valueOf(id), signing ? "sign" : "update");
            }
            throw p;
        }
        new Validation().required("version", in.version()).throwIfInvalid();
        FormDefinition def = definition(c);
        Map<String, ItemAnswer> answers = in.answers() == null ? Map.of() : in.answers();
        List<ApiProblem.FieldError> errors = ChecklistAnswers.problems(def, answers, signing);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        boolean saved = signing
                ? store.sign(id, in.version(), ChecklistAnswers.kept(def, answers), me.userId(), me.username())
                : store.saveDraft(id, in.version(), answers);
        if (!saved) {
            throw stale();
        }
        audit.record(me, MODULE, signing ? "sign" : "update", "completion", String.valueOf(id), null);
        return view(store.find(id).orElseThrow(), access);
    }

    /**
     * {@code course:<caseCode>} (a well-formed case code) or {@code mentor:<userId>}; {@code mentor:me} is the
     * caller. Returns type and id, or a 400 naming {@code subject}.
     */
    static String[] parseSubject(String subject, UserPrincipal me) {
        int colon = subject.indexOf(':');
        String type = colon < 0 ? "" : subject.substring(0, colon);
        String id = colon < 0 ? "" : subject.substring(colon + 1).strip();
        Validation v = new Validation();
        if (EthicsCodes.COURSE.equals(type)) {
            v.caseCode("subject", id);
        } else if (EthicsCodes.MENTOR.equals(type)) {
            if ("me".equals(id)) {
                id = String.valueOf(me.userId());
            }
            v.check(id.matches("\\d{1,18}"), "subject", "mentor:<user id> or mentor:me");
        } else {
            v.check(false, "subject", "must be course:<case code> or mentor:<user id>");
        }
        v.throwIfInvalid();
        return new String[] {type, id};
    }

    private Completion readable(long id, EthicsAccess access) {
        Completion c = store.find(id).orElseThrow(() -> notFound(id));
        if (!access.canRead(c)) {
            // Answered as a missing completion: ids are sequential, so a 403 would tell which exist.
            audit.record(access.me(), MODULE, "access.denied", "completion", String.valueOf(id), null);
            throw notFound(id);
        }
        return c;
    }

    private FormDefinition definition(Completion c) {
        return forms.get(c.formId(), c.formVersion()).orElseThrow(() -> ApiProblem.conflict(
                "The checklist version this was filled in with is missing.")).definition();
    }

    Summary summary(Completion c) {
        FormDefinition d = forms.get(c.formId(), c.formVersion()).map(DeployedForm::definition).orElse(null);
        String label = EthicsCodes.COURSE.equals(c.subjectType()) ? c.subjectId()
                : users.byId(Long.parseLong(c.subjectId())).map(UserSummary::username).orElse(c.subject());
        return new Summary(c.id(), c.subject(), label, c.formId(), c.formVersion(), d == null ? Map.of() : d.title(),
                d == null ? null : d.checklist().appliesTo(), d == null ? null : d.checklist().stage(), c.status(),
                c.authorName(), c.createdAt(), c.updatedAt(), c.signedBy(), c.signedAt(), c.countersignedBy(),
                c.countersignedRole(), c.countersignedAt(), c.rowVersion());
    }

    View view(Completion c, EthicsAccess access) {
        UserPrincipal me = access.me();
        boolean mayCountersign = EthicsCodes.SIGNED.equals(c.status()) && !Long.valueOf(me.userId()).equals(
                c.signedById()) && (me.has(Role.COORDINATOR) || access.supervisesSubject(c));
        return new View(summary(c), c.answers(), c.countersignComment(), c.authorId() == me.userId(), mayCountersign,
                definition(c));
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No checklist completion " + id + ".");
    }

    private static ApiProblem stale() {
        return ApiProblem.conflict("The checklist was changed meanwhile; reload it and try again.");
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
