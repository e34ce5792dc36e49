package no.mentorkit.assessment.internal.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.assessment.internal.osgi.AssessmentConfig;
import no.mentorkit.assessment.internal.service.Agreement;
import no.mentorkit.assessment.internal.service.AssessmentAccess;
import no.mentorkit.assessment.internal.service.Timeline;
import no.mentorkit.assessment.internal.store.AssessmentStore;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.AnswerError;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.FormResponses;
import no.mentorkit.forms.FormRules;
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
 * Assessments of subjects: {@code /api/assessment/assessments}, the due list, the timeline and subject lookup.
 * Only the author, coordinators and the subject's assigned supervisor see an assessment; only the author fills it
 * in; every read and change is audited.
 */
@Component(service = AssessmentResource.class, configurationPid = "no.mentorkit.assessment")
@Designate(ocd = AssessmentConfig.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("assessment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class AssessmentResource {

    private static final String MODULE = FormsResource.MODULE;

    /** {@code pairOf}: start a second, blind rating of that assessment (same subject and form version). */
    public record NewAssessment(String caseCode, String formId, Long pairOf) {
    }

    public record Fill(Map<String, Answer> answers, FinalJudgement judgement, Integer version) {
    }

    public record DueChange(String dueOn, Integer version) {
    }

    public record Summary(long id, String caseCode, String formId, String formVersion, Map<String, String> formTitle,
            String status, String author, Instant createdAt, Instant updatedAt, Instant submittedAt, LocalDate dueOn,
            int version, Long pairOf) {
    }

    public record View(long id, String caseCode, String formId, String formVersion, String formStatus, String status,
            String author, boolean mine, Map<String, Answer> answers, FinalJudgement judgement, Double score,
            Map<String, String> scoreBand, LocalDate dueOn, boolean dueByHand, Instant createdAt, Instant updatedAt,
            Instant submittedAt, int version, Long pairOf, FormDefinition form) {
    }

    public record SubjectChoice(String caseCode, String label) {
    }

    public record SubjectSearch(boolean registry, String casePattern, List<SubjectChoice> subjects) {
    }

    private final AssessmentStore store;
    private final FormRegistry forms;
    private final Subjects subjects;
    private final AuditLog audit;
    private final FormResponses responses;
    private volatile Pattern casePattern;
    private volatile int dueWithinDays;

    @Activate
    public AssessmentResource(@Reference AssessmentStore store, @Reference FormRegistry forms,
            @Reference Subjects subjects, @Reference AuditLog audit, @Reference FormResponses responses,
            AssessmentConfig config) {
        this.store = store;
        this.forms = forms;
        this.subjects = subjects;
        this.audit = audit;
        this.responses = responses;
        configure(config);
    }

    @Modified
    void configure(AssessmentConfig config) {
        this.casePattern = Pattern.compile(config.casePattern());
        this.dueWithinDays = config.dueWithinDays();
    }

    @GET
    @Path("subjects")
    public SubjectSearch subjects(@QueryParam("q") @DefaultValue("") String prefix, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        List<SubjectChoice> found = subjects.search(me, prefix.strip(), 20).stream()
                .map(s -> new SubjectChoice(s.caseCode(), s.label())).toList();
        if (subjects.available()) {
            audit.record(me, MODULE, "subject.search", "course", "*",
                    Shown.list(found.stream().map(SubjectChoice::caseCode).toList()));
        }
        return new SubjectSearch(subjects.available(), casePattern.pattern(), found);
    }

    @GET
    @Path("assessments")
    public List<Summary> list(@QueryParam("caseCode") String caseCode, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        AssessmentAccess access = new AssessmentAccess(me, subjects);
        List<Summary> list = store.list(blankToNull(caseCode)).stream().filter(access::canRead).map(this::summary)
                .toList();
        audit.record(me, MODULE, "read", "assessment", caseCode == null ? "*" : caseCode.strip(),
                Shown.list(list.stream().map(Summary::id).toList()));
        return list;
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAssessment in, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Validation v = new Validation();
        Assessment first = in.pairOf() == null ? null : store.find(in.pairOf()).orElse(null);
        String caseCode;
        DeployedForm form;
        if (in.pairOf() != null) {
            // The second rater never reads the first rating: only its subject and form version are taken over.
            // Pairing takes the same right as starting an assessment of that subject; without it the first
            // rating answers exactly as one that does not exist.
            if (first != null && !mayRate(me, first.caseCode())) {
                audit.record(me, MODULE, "access.denied", "assessment", String.valueOf(first.id()), "pairOf");
                first = null;
            }
            v.check(first != null && first.pairOf() == null, "pairOf", "no first rating with this id");
            v.check(first == null || first.authorId() != me.userId(), "pairOf", "a second rater is another person");
            v.check(first == null || store.pairedWith(first.id()).isEmpty(), "pairOf", "already has a second rater");
            v.throwIfInvalid();
            caseCode = first.caseCode();
            form = forms.get(first.formId(), first.formVersion()).orElseThrow();
        } else {
            v.required("caseCode", in.caseCode()).required("formId", in.formId()).throwIfInvalid();
            caseCode = in.caseCode().strip();
            boolean may = mayRate(me, caseCode);
            if (!may && subjects.available()) {
                // Missing or not the caller's: one answer for both, and the refusal is audited with what was asked.
                audit.record(me, MODULE, "access.denied", "subject", caseCode, "new assessment");
            }
            v.check(may, "caseCode", subjects.available()
                    ? "no subject with this case code that you may see" : "must match " + casePattern.pattern());
            Optional<DeployedForm> current = forms.current(in.formId())
                    .filter(f -> FormDefinition.ASSESSMENT.equals(f.kind()));
            v.check(current.isPresent(), "formId", "no published assessment form with this id");
            v.throwIfInvalid();
            form = current.get();
        }
        String training = form.definition().training();
        if (training != null && !store.trainingOf(me.userId()).contains(training)) {
            throw ApiProblem.forbidden("This form may only be filled in by users recorded as trained for '"
                    + training + "'.");
        }
        Assessment a = store.create(caseCode, form.id(), form.version(), me.userId(), me.username(), in.pairOf());
        audit.record(me, MODULE, "create", "assessment", String.valueOf(a.id()), "form " + a.formId() + "@"
                + a.formVersion() + (first == null ? "" : ", second rater of " + first.id()));
        return Response.created(URI.create("assessment/assessments/" + a.id())).entity(view(a, me)).build();
    }

    /**
     * The two raters' agreement, once both have submitted (until then each rating stays blind to the other rater).
     * It shows both ratings, so it takes the right to read both: coordinators, the assigned supervisor, and a rater
     * who may still rate the subject (the registry's directory says so). To anyone else it answers as an
     * assessment that does not exist.
     */
    @GET
    @Path("assessments/{id}/agreement")
    public Agreement.Result agreement(@PathParam("id") long id, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Assessment a = store.find(id).orElseThrow(() -> notFound(id));
        Optional<Assessment> first = a.pairOf() == null ? Optional.of(a) : store.find(a.pairOf());
        Optional<Assessment> second = a.pairOf() == null ? store.pairedWith(a.id()) : Optional.of(a);
        AssessmentAccess access = new AssessmentAccess(me, subjects);
        boolean paired = first.isPresent() && second.isPresent();
        if (paired ? !access.canReadPair(first.get(), second.get()) : !access.canRead(a)) {
            audit.record(me, MODULE, "access.denied", "assessment", String.valueOf(id), "agreement");
            throw notFound(id);
        }
        if (!paired) {
            throw ApiProblem.notFound("Assessment " + id + " has no second rater.");
        }
        if (!first.get().submitted() || !second.get().submitted()) {
            throw ApiProblem.conflict("Both raters must submit before their ratings are compared.");
        }
        audit.record(me, MODULE, "read", "assessment", first.get().id() + "," + second.get().id(), "agreement");
        return Agreement.compare(definition(first.get()), first.get().id(), first.get().answers(), second.get().id(),
                second.get().answers());
    }

    /**
     * A submitted assessment as a FHIR R4 QuestionnaireResponse, the subject named by case code only; read under
     * the same access rules and audited like any read.
     */
    @GET
    @Path("assessments/{id}/fhir")
    @Produces({FormResponses.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public String fhir(@PathParam("id") long id, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Assessment a = readable(id, me);
        if (!a.submitted()) {
            throw ApiProblem.conflict("Only a submitted assessment is handed over as a QuestionnaireResponse.");
        }
        audit.record(me, MODULE, "read", "assessment", String.valueOf(id), "fhir");
        return responses.questionnaireResponse(definition(a), a.answers(), a.judgement(), a.caseCode(),
                a.submittedAt());
    }

    @GET
    @Path("assessments/{id}")
    public View get(@PathParam("id") long id, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Assessment a = readable(id, me);
        audit.record(me, MODULE, "read", "assessment", String.valueOf(id), null);
        return view(a, me);
    }

    /** Saves a draft as it is being filled in: values are checked, completeness is not. */
    @PUT
    @Path("assessments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public View save(@PathParam("id") long id, Fill in, @Context SecurityContext sc) {
        return fill(id, in, me(sc), false);
    }

    /** Submits: every visible required item, and the final judgement where the form has one. */
    @POST
    @Path("assessments/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public View submit(@PathParam("id") long id, Fill in, @Context SecurityContext sc) {
        return fill(id, in, me(sc), true);
    }

    private View fill(long id, Fill in, UserPrincipal me, boolean submit) {
        Assessment a = readable(id, me);
        if (a.authorId() != me.userId()) {
            throw ApiProblem.forbidden("Only the author fills in an assessment.");
        }
        if (a.submitted()) {
            throw ApiProblem.conflict("This assessment is submitted and can no longer change; start a reassessment.");
        }
        new Validation().required("version", in.version()).throwIfInvalid();
        FormDefinition def = definition(a);
        Map<String, Answer> answers = in.answers() == null ? Map.of() : in.answers();
        List<AnswerError> errors = FormRules.validate(def, answers, in.judgement(), submit);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors.stream().map(e -> new ApiProblem.FieldError(e.field(), e.message()))
                    .toList());
        }
        Map<String, Answer> kept = answers;
        Double score = null;
        LocalDate due = null;
        if (submit) {
            // What is hidden when submitted is not part of the assessment.
            var visible = FormRules.visibleItems(def, answers);
            kept = new LinkedHashMap<>();
            for (var e : answers.entrySet()) {
                if (visible.contains(e.getKey())) {
                    kept.put(e.getKey(), e.getValue());
                }
            }
            score = FormRules.score(def, kept).map(FormRules.Score::total).orElse(null);
            if (!a.dueByHand() && def.reassessEvery() != null) {
                due = LocalDate.now(ZoneOffset.UTC).plus(Period.parse(def.reassessEvery()));
            }
        }
        if (!store.save(id, in.version(), kept, in.judgement(), submit, score, due)) {
            throw ApiProblem.conflict("The assessment was changed meanwhile; reload it and try again.");
        }
        audit.record(me, MODULE, submit ? "submit" : "update", "assessment", String.valueOf(id), null);
        return view(store.find(id).orElseThrow(), me);
    }

    /** Sets the reassessment due date by hand (the author or a coordinator). */
    @PUT
    @Path("assessments/{id}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    public View setDue(@PathParam("id") long id, DueChange in, @Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        Assessment a = readable(id, me);
        if (a.authorId() != me.userId() && !me.has(Role.COORDINATOR)) {
            throw ApiProblem.forbidden("Only the author or a coordinator sets the due date.");
        }
        Validation v = new Validation().required("version", in.version());
        LocalDate due = null;
        if (in.dueOn() != null && !in.dueOn().isBlank()) {
            try {
                due = LocalDate.parse(in.dueOn());
            } catch (DateTimeParseException e) {
                v.check(false, "dueOn", "must be a date (YYYY-MM-DD)");
            }
        }
        v.throwIfInvalid();
        if (!store.setDue(id, in.version(), due)) {
            throw ApiProblem.conflict("The assessment was changed meanwhile; reload it and try again.");
        }
        audit.record(me, MODULE, "update", "assessment", String.valueOf(id), "due date");
        return view(store.find(id).orElseThrow(), me);
    }

    /** The latest submitted assessment per subject and form whose reassessment is due soon or overdue. */
    @GET
    @Path("due")
    public List<Summary> due(@Context SecurityContext sc) {
        UserPrincipal me = me(sc);
        AssessmentAccess access = new AssessmentAccess(me, subjects);
        LocalDate horizon = LocalDate.now(ZoneOffset.UTC).plusDays(dueWithinDays);
        Map<String, Assessment> latest = new LinkedHashMap<>();
        store.list(null).stream().filter(Assessment::submitted).filter(access::canRead)
                .sorted(Comparator.comparing(Assessment::submittedAt))
                .forEach(a -> latest.put(a.caseCode() + "\n" + a.formId(), a));
        List<Summary> due = latest.values().stream().filter(a -> a.dueOn() != null && !a.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(Assessment::dueOn)).map(this::summary).toList();
        audit.record(me, MODULE, "read", "assessment", "*", "due " + Shown.list(due.stream().map(Summary::id).toList()));
        return due;
    }

    @GET
    @Path("timeline")
    public List<Timeline.FormLine> timeline(@QueryParam("caseCode") String caseCode, @Context SecurityContext sc) {
        new Validation().required("caseCode", caseCode).throwIfInvalid();
        UserPrincipal me = me(sc);
        AssessmentAccess access = new AssessmentAccess(me, subjects);
        List<Assessment> mine = store.list(caseCode.strip()).stream().filter(access::canRead).toList();
        audit.record(me, MODULE, "read", "assessment", caseCode.strip(),
                "timeline " + Shown.list(mine.stream().map(Assessment::id).toList()));
        return Timeline.build(mine, (id, version) -> forms.get(id, version).orElseThrow().definition());
    }

    /** The right to start an assessment of a subject: the directory lets the caller see it, or the code is typed. */
    private boolean mayRate(UserPrincipal me, String caseCode) {
        return subjects.available() ? subjects.find(me, caseCode).isPresent() : casePattern.matcher(caseCode).matches();
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No assessment " + id + ".");
    }

    private Assessment readable(long id, UserPrincipal me) {
        Assessment a = store.find(id).orElseThrow(() -> notFound(id));
        if (!new AssessmentAccess(me, subjects).canRead(a)) {
            // Answered as a missing assessment: ids are sequential, so a 403 would tell which exist.
            audit.record(me, MODULE, "access.denied", "assessment", String.valueOf(id), null);
            throw notFound(id);
        }
        return a;
    }

    private FormDefinition definition(Assessment a) {
        return forms.get(a.formId(), a.formVersion()).orElseThrow(() -> ApiProblem.conflict(
                "The form version this assessment was filled in with is missing.")).definition();
    }

    private Summary summary(Assessment a) {
        Map<String, String> title = forms.get(a.formId(), a.formVersion()).map(f -> f.definition().title())
                .orElse(Map.of());
        return new Summary(a.id(), a.caseCode(), a.formId(), a.formVersion(), title, a.status(), a.authorName(),
                a.createdAt(), a.updatedAt(), a.submittedAt(), a.dueOn(), a.rowVersion(), a.pairOf());
    }

    private View view(Assessment a, UserPrincipal me) {
        DeployedForm f = forms.get(a.formId(), a.formVersion()).orElseThrow();
        Map<String, String> band = a.submitted() && a.score() != null
                ? FormRules.score(f.definition(), a.answers()).map(FormRules.Score::band).orElse(null) : null;
        return new View(a.id(), a.caseCode(), a.formId(), a.formVersion(), f.status().code(), a.status(),
                a.authorName(), a.authorId() == me.userId(), a.answers(), a.judgement(), a.score(), band, a.dueOn(),
                a.dueByHand(), a.createdAt(), a.updatedAt(), a.submittedAt(), a.rowVersion(), a.pairOf(), f.definition());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UserPrincipal me(SecurityContext sc) {
        return (UserPrincipal) sc.getUserPrincipal();
    }
}
