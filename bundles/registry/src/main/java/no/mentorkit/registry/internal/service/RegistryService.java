package no.mentorkit.registry.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.retention.RetentionSchedule;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.security.UserSummary;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.StepGuard;
import no.mentorkit.platform.workflow.StepGuards;
import no.mentorkit.platform.workflow.StepKind;
import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.HistoryEntry;
import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.Mentor;
import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.model.NetworkMeeting;
import no.mentorkit.registry.internal.model.SessionEntry;
import no.mentorkit.registry.internal.model.Supervision;
import no.mentorkit.registry.internal.osgi.RegistryConfig;
import no.mentorkit.registry.internal.service.Inputs.Confirmation;
import no.mentorkit.registry.internal.service.Inputs.CourseUpdate;
import no.mentorkit.registry.internal.service.Inputs.NewCourse;
import no.mentorkit.registry.internal.service.Inputs.NewMeeting;
import no.mentorkit.registry.internal.service.Inputs.NewSession;
import no.mentorkit.registry.internal.service.Inputs.NewSupervision;
import no.mentorkit.registry.internal.service.Inputs.Reassignment;
import no.mentorkit.registry.internal.service.Inputs.StatusChange;
import no.mentorkit.registry.internal.service.Views.CourseSummary;
import no.mentorkit.registry.internal.service.Views.CourseView;
import no.mentorkit.registry.internal.service.Views.MentorSummary;
import no.mentorkit.registry.internal.service.Views.MentorView;
import no.mentorkit.registry.internal.service.Views.SupervisionView;
import no.mentorkit.registry.internal.service.eligibility.DueItem;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.service.eligibility.EligibilityPolicy;
import no.mentorkit.registry.internal.service.eligibility.EligibilityReport;
import no.mentorkit.registry.internal.service.matching.MatchResult;
import no.mentorkit.registry.internal.service.matching.Matcher;
import no.mentorkit.registry.internal.service.matching.Need;
import no.mentorkit.registry.internal.service.matching.Weights;
import no.mentorkit.registry.internal.store.CourseStore;
import no.mentorkit.registry.internal.store.MentorStore;
import no.mentorkit.registry.internal.store.SupervisionStore;

/**
 * The registry's use cases with their access rules and audit trail. Every read or change of a profile or a course
 * is audited; a refused one is audited as {@code access.denied}. A profile or course the caller may not see answers
 * exactly as one that does not exist (404, same wording), so ids and case codes cannot be probed; a change the caller
 * may not make to a record they may see is answered 403.
 */
@Component(service = RegistryService.class, configurationPid = RegistryService.PID)
@Designate(ocd = RegistryConfig.class)
public class RegistryService {

    public static final String PID = "no.mentorkit.registry";
    public static final String MODULE = "registry";

    private final MentorStore mentors;
    private final CourseStore courses;
    private final SupervisionStore supervision;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Eligibility eligibility;
    private final Matcher matcher;
    private final Clock clock = Clock.systemDefaultZone();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<StepGuard> guards = List.of();

    /** The retention schedule, to tell on a course when it will be deleted; absent only while the platform starts. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RetentionSchedule schedule;

    @Activate
    public RegistryService(@Reference MentorStore mentors, @Reference CourseStore courses,
            @Reference SupervisionStore supervision, @Reference AuditLog audit, @Reference UserDirectory users,
            RegistryConfig config) {
        this.mentors = mentors;
        this.courses = courses;
        this.supervision = supervision;
        this.audit = audit;
        this.users = users;
        this.eligibility = new Eligibility(new EligibilityPolicy(config.certificateValidityYears(),
                config.supervisionWeeks(), config.dueSoonDays(), config.preferredMinimumAge()));
        this.matcher = new Matcher(eligibility, new Weights(config.weight_language(), config.weight_competence(),
                config.weight_interests(), config.weight_locality(), config.weight_gender(), config.weight_age(),
                config.weight_load()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today's eligibility gates, for counting mentors without naming them (statistics). */
    public Eligibility.Gates gatesToday() {
        return eligibility.gates(today());
    }

    // --- mentors ---

    public List<MentorSummary> listMentors(UserPrincipal me, Map<String, String> filter) {
        LocalDate today = today();
        List<MentorSummary> out = new ArrayList<>();
        for (MentorFacts f : mentors.facts()) {
            MentorProfile p = f.profile();
            if (!RegistryAccess.maySee(me, p) || !matches(filter, f)) {
                continue;
            }
            boolean eligible = eligibility.firstFailure(f, today) == null;
            if (filter.containsKey("eligible") && Boolean.parseBoolean(filter.get("eligible")) != eligible) {
                continue;
            }
            out.add(new MentorSummary(f.id(), p.name(), p.status(), p.network(), p.municipality(), p.county(),
                    Eligibility.age(p, today), p.gender(), p.languages().stream().map(MentorProfile.Language::code).toList(),
                    p.competences(), eligible, f.activeCourses(), p.capacityOrZero(), f.demo()));
        }
        audit.record(me, MODULE, "read", "mentor", "*", Shown.list(out.stream().map(MentorSummary::id).toList()));
        return out;
    }

    private static boolean matches(Map<String, String> filter, MentorFacts f) {
        MentorProfile p = f.profile();
        String q = MentorFacts.norm(filter.get("q"));
        if (!q.isEmpty() && !MentorFacts.norm(p.name()).contains(q) && !f.municipality().contains(q)
                && !f.tags().contains(q) && !f.competences().contains(q)) {
            return false;
        }
        return same(filter.get("status"), p.status()) && same(filter.get("network"), p.network())
                && same(filter.get("gender"), p.gender())
                && (blank(filter.get("language")) || f.languages().containsKey(MentorFacts.norm(filter.get("language"))))
                && (blank(filter.get("competence"))
                        || f.competences().contains(MentorFacts.norm(filter.get("competence"))))
                && (blank(filter.get("municipality")) || f.municipality().equals(MentorFacts.norm(filter.get("municipality"))));
    }

    private static boolean same(String wanted, String actual) {
        return blank(wanted) || wanted.equals(actual);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public MentorView getMentor(UserPrincipal me, long id) {
        Mentor m = visibleMentor(me, id);
        audit.record(me, MODULE, "read", "mentor", String.valueOf(id), null);
        return view(me, m);
    }

    public MentorView createMentor(UserPrincipal me, MentorProfile profile) {
        requireCoordinator(me, "mentor", "new");
        validate(profile);
        long id = mentors.create(clean(profile), false);
        audit.record(me, MODULE, "create", "mentor", String.valueOf(id), null);
        return view(me, mentors.find(id).orElseThrow());
    }

    public MentorView updateMentor(UserPrincipal me, long id, Inputs.MentorUpdate in) {
        requireCoordinator(me, "mentor", String.valueOf(id));
        Mentor current = mentors.find(id).orElseThrow(() -> notFoundMentor(id));
        if (in == null || in.profile() == null || in.version() == null) {
            new Validation().required("version", in == null ? null : in.version())
                    .required("profile", in == null ? null : in.profile()).throwIfInvalid();
        }
        MentorProfile incoming = in.profile();
        // Coordinator-only fields left out by someone who may not see them are kept, never wiped.
        if (!RegistryAccess.seesCoordinatorOnlyFields(me)) {
            incoming = withSensitive(incoming, current.profile());
        }
        validate(incoming);
        if (!mentors.update(id, in.version(), clean(incoming))) {
            throw stale("mentor " + id, in.version(), current.version());
        }
        audit.record(me, MODULE, "update", "mentor", String.valueOf(id), null);
        return view(me, mentors.find(id).orElseThrow());
    }

    private static MentorProfile withSensitive(MentorProfile p, MentorProfile from) {
        return new MentorProfile(p.name(), p.email(), p.phone(), p.organisation(), p.organisationType(), p.employment(),
                p.municipality(), p.county(), p.network(), p.birthYear(), p.gender(), p.languages(), from.background(),
                from.belonging(), p.interests(), p.experiences(), p.competences(), p.training(), p.capacity(),
                p.status(), p.policeCertificate(), p.conflicts(), p.userId(), p.supervisorUserId());
    }

    /** Strips stray whitespace from the name so lists sort and search as people expect. */
    private static MentorProfile clean(MentorProfile p) {
        return p.name().equals(p.name().strip()) ? p : new MentorProfile(p.name().strip(), p.email(), p.phone(),
                p.organisation(), p.organisationType(), p.employment(), p.municipality(), p.county(), p.network(),
                p.birthYear(), p.gender(), p.languages(), p.background(), p.belonging(), p.interests(), p.experiences(),
                p.competences(), p.training(), p.capacity(), p.status(), p.policeCertificate(), p.conflicts(),
                p.userId(), p.supervisorUserId());
    }

    private void validate(MentorProfile p) {
        Validation v = ProfileRules.validate(p, today());
        if (p.userId() != null) {
            Optional<UserSummary> u = users.byId(p.userId());
            v.check(u.isPresent() && u.get().has(Role.MENTOR), "userId", "must be a user with the mentor role");
        }
        if (p.supervisorUserId() != null) {
            Optional<UserSummary> u = users.byId(p.supervisorUserId());
            v.check(u.isPresent() && u.get().has(Role.SUPERVISOR), "supervisorUserId",
                    "must be a user with the supervisor role");
        }
        v.throwIfInvalid();
    }

    public EligibilityReport eligibility(UserPrincipal me, long id) {
        visibleMentor(me, id);
        MentorFacts f = mentors.facts(id).orElseThrow();
        audit.record(me, MODULE, "read", "mentor.eligibility", String.valueOf(id), null);
        return eligibility.report(f, today());
    }

    public List<DueItem> dueSoon(UserPrincipal me) {
        List<MentorFacts> visible = mentors.facts().stream().filter(f -> RegistryAccess.maySee(me, f.profile())).toList();
        List<DueItem> due = eligibility.dueSoon(visible, today());
        audit.record(me, MODULE, "read", "mentor.due", "*",
                Shown.list(due.stream().map(DueItem::mentorId).distinct().toList()));
        return due;
    }

    public List<SupervisionView> supervisions(UserPrincipal me, long mentorId) {
        visibleMentor(me, mentorId);
        audit.record(me, MODULE, "read", "mentor.supervision", String.valueOf(mentorId), null);
        return supervision.forMentor(mentorId).stream()
                .map(s -> new SupervisionView(s.id(), s.date(), s.supervisor(), s.form(), s.topics())).toList();
    }

    public SupervisionView addSupervision(UserPrincipal me, long mentorId, NewSupervision in) {
        Mentor m = visibleMentor(me, mentorId);
        if (!RegistryAccess.mayRecordSupervision(me, m.profile())) {
            throw refused(me, "mentor.supervision", String.valueOf(mentorId));
        }
        Validation v = new Validation();
        v.required("date", in.date());
        v.check(in.date() == null || !in.date().isAfter(today()), "date", "must not be in the future");
        v.required("supervisor", in.supervisor()).maxLength("supervisor", in.supervisor(), 200);
        v.oneOf("form", in.form(), Codes.SUPERVISION_FORMS, true);
        v.freeText("topics", in.topics(), 2000);
        v.throwIfInvalid();
        long id = supervision.add(new Supervision(0, mentorId, in.date(), in.supervisor().strip(), in.form(),
                in.topics()), me.username());
        audit.record(me, MODULE, "create", "mentor.supervision", String.valueOf(mentorId), "session " + id);
        return new SupervisionView(id, in.date(), in.supervisor().strip(), in.form(), in.topics());
    }

    private Mentor visibleMentor(UserPrincipal me, long id) {
        Mentor m = mentors.find(id).orElseThrow(() -> notFoundMentor(id));
        if (!RegistryAccess.maySee(me, m.profile())) {
            audit.record(me, MODULE, "access.denied", "mentor", String.valueOf(id), null);
            throw notFoundMentor(id);
        }
        return m;
    }

    private MentorView view(UserPrincipal me, Mentor m) {
        MentorProfile p = m.profile();
        MentorFacts f = mentors.facts(m.id()).orElseThrow();
        String username = p.userId() == null ? null : users.byId(p.userId()).map(UserSummary::username).orElse(null);
        String supervisor = p.supervisorUserId() == null ? null
                : users.byId(p.supervisorUserId()).map(UserSummary::username).orElse(null);
        return new MentorView(m.id(), m.version(), m.demo(), Eligibility.age(p, today()),
                eligibility.firstFailure(f, today()) == null, f.activeCourses(), username, supervisor,
                RegistryAccess.seesCoordinatorOnlyFields(me) ? p : p.withoutCoordinatorOnlyFields(), m.updatedAt());
    }

    // --- matching ---

    public MatchResult match(UserPrincipal me, Need need, Integer limit) {
        requireCoordinator(me, "match", "new");
        validateNeed(need, false);
        MatchResult result = matcher.match(need, mentors.facts(), today(), limit == null ? 20 : Math.max(1, limit));
        audit.record(me, MODULE, "match", "course", need.caseCode() == null ? "*" : need.caseCode(),
                result.eligibleCount() + " eligible of " + result.considered() + ", " + Shown.list(Stream
                        .concat(result.candidates().stream().map(MatchResult.Candidate::mentorId),
                                result.excluded().stream().map(MatchResult.Exclusion::mentorId)).toList()));
        return result;
    }

    private static void validateNeed(Need need, boolean caseCodeRequired) {
        Validation v = new Validation();
        v.required("need", need);
        if (need != null) {
            if (caseCodeRequired || need.caseCode() != null) {
                v.caseCode("need.caseCode", need.caseCode());
            }
            v.oneOf("need.targetGroup", need.targetGroup(), Codes.TARGET_GROUPS, true);
            v.oneOf("need.level", need.level(), Codes.LEVELS, true);
            v.oneOf("need.gender", blankToNull(need.gender()), Codes.GENDERS, false);
            v.oneOf("need.network", blankToNull(need.network()), Codes.NETWORKS, false);
            v.check(need.ageMin() == null || need.ageMax() == null || need.ageMin() <= need.ageMax(), "need.ageMax",
                    "must not be below ageMin");
            ProfileRules.needInterests(v, need.interests());
            v.freeText("need.notes", need.notes(), 2000);
        }
        v.throwIfInvalid();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    /** Confirms a proposed mentor: a new course in status matching with the mentor, or an existing one assigned. */
    public CourseView confirm(UserPrincipal me, Confirmation in) {
        requireCoordinator(me, "course", in.need() == null ? "new" : String.valueOf(in.need().caseCode()));
        validateNeed(in.need(), true);
        Validation v = new Validation().required("mentorId", in.mentorId());
        details(v, in.details());
        v.throwIfInvalid();
        Need need = in.need();
        MentorFacts f = mentors.facts(in.mentorId()).orElseThrow(() -> ApiProblem.invalid(
                List.of(new ApiProblem.FieldError("mentorId", "no such mentor"))));
        requireAvailable(f, need.caseCode());
        Optional<Course> existing = courses.find(need.caseCode());
        if (existing.isPresent()) {
            Course c = existing.get();
            if (!List.of("referred", "matching").contains(c.status())) {
                throw ApiProblem.conflict("Course " + c.caseCode() + " is " + c.status()
                        + "; reassign its mentor instead.");
            }
            courses.assign(c, c.version(), f.id(), "matching", "match confirmed", me.username());
        } else {
            CourseDetails details = in.details() == null ? new CourseDetails(null, null, null, need.notes())
                    : in.details();
            courses.create(need.caseCode(), "matching", need.targetGroup(), need.level(), f.id(), details, false,
                    me.username());
        }
        audit.record(me, MODULE, "match.confirm", "course", need.caseCode(), "mentor " + f.id());
        return courseView(courses.find(need.caseCode()).orElseThrow());
    }

    /** The same gates as matching: a mentor who would be excluded there cannot be given the course here. */
    private void requireAvailable(MentorFacts f, String caseCode) {
        String gate = eligibility.firstFailure(f, today());
        if (gate == null && Eligibility.conflictsWith(f, caseCode)) {
            gate = Matcher.CASE_CONFLICT;
        }
        if (gate != null) {
            throw ApiProblem.conflict("Mentor " + f.id() + " cannot take this course: " + gate + ".");
        }
    }

    // --- courses ---

    public List<CourseSummary> listCourses(UserPrincipal me) {
        Map<Long, Mentor> byId = mentorsById();
        List<CourseSummary> out = new ArrayList<>();
        for (Course c : courses.list()) {
            Mentor m = c.mentorId() == null ? null : byId.get(c.mentorId());
            if (!mayReadCourse(me, m)) {
                continue;
            }
            out.add(new CourseSummary(c.caseCode(), c.status(), c.targetGroup(), c.level(), c.mentorId(),
                    m == null ? null : m.profile().name(), c.demo(), c.updatedAt()));
        }
        audit.record(me, MODULE, "read", "course", "*", Shown.list(out.stream().map(CourseSummary::caseCode).toList()));
        return out;
    }

    private Map<Long, Mentor> mentorsById() {
        Map<Long, Mentor> byId = new HashMap<>();
        mentors.list().forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    private static boolean mayReadCourse(UserPrincipal me, Mentor mentor) {
        return RegistryAccess.coordinates(me) || mentor != null && RegistryAccess.maySee(me, mentor.profile());
    }

    public CourseView getCourse(UserPrincipal me, String caseCode) {
        Course c = visibleCourse(me, caseCode);
        audit.record(me, MODULE, "read", "course", c.caseCode(), null);
        return courseView(c);
    }

    public CourseView createCourse(UserPrincipal me, NewCourse in) {
        requireCoordinator(me, "course", "new");
        Validation v = new Validation();
        v.caseCode("caseCode", in.caseCode());
        v.oneOf("targetGroup", in.targetGroup(), Codes.TARGET_GROUPS, true);
        v.oneOf("level", in.level(), Codes.LEVELS, true);
        details(v, in.details());
        v.throwIfInvalid();
        if (courses.find(in.caseCode()).isPresent()) {
            throw ApiProblem.conflict("A course with case code " + in.caseCode() + " already exists.");
        }
        courses.create(in.caseCode(), "referred", in.targetGroup(), in.level(), null,
                in.details() == null ? CourseDetails.EMPTY : in.details(), false, me.username());
        audit.record(me, MODULE, "create", "course", in.caseCode(), null);
        return courseView(courses.find(in.caseCode()).orElseThrow());
    }

    public CourseView updateCourse(UserPrincipal me, String caseCode, CourseUpdate in) {
        requireCoordinator(me, "course", caseCode);
        Course c = courses.find(caseCode).orElseThrow(() -> notFoundCourse(caseCode));
        Validation v = new Validation().required("version", in.version());
        v.oneOf("targetGroup", in.targetGroup(), Codes.TARGET_GROUPS, true);
        v.oneOf("level", in.level(), Codes.LEVELS, true);
        details(v, in.details());
        v.throwIfInvalid();
        if (!courses.updateDetails(c.id(), in.version(), in.targetGroup(), in.level(),
                in.details() == null ? CourseDetails.EMPTY : in.details())) {
            throw stale("course " + caseCode, in.version(), c.version());
        }
        audit.record(me, MODULE, "update", "course", caseCode, null);
        return courseView(courses.find(caseCode).orElseThrow());
    }

    public CourseView changeStatus(UserPrincipal me, String caseCode, StatusChange in) {
        requireCoordinator(me, "course", caseCode);
        Course c = courses.find(caseCode).orElseThrow(() -> notFoundCourse(caseCode));
        Validation v = new Validation().required("version", in.version());
        v.oneOf("status", in.status(), Codes.COURSE_STATUSES, true);
        v.check(!"closed".equals(in.status()) || !blank(in.reason()), "reason", "is required to close a course");
        v.freeText("reason", in.reason(), 1000);
        v.throwIfInvalid();
        if (in.version() != c.version()) {
            throw stale("course " + caseCode, in.version(), c.version());
        }
        if (!Codes.COURSE_TRANSITIONS.get(c.status()).contains(in.status())) {
            throw ApiProblem.conflict("A course that is " + c.status() + " cannot become " + in.status() + ".");
        }
        if ("active".equals(in.status())) {
            if (c.mentorId() == null) {
                throw ApiProblem.conflict("Assign a mentor before the course becomes active.");
            }
            List<Hold> holds = StepGuards.check(guards, StepKind.COURSE_ACTIVATION.of(caseCode, me));
            if (!holds.isEmpty()) {
                audit.record(me, MODULE, "course.activate.held", "course", caseCode, holds.size() + " holds");
                throw new HeldProblem(holds);
            }
        }
        if (!courses.changeStatus(c, in.version(), in.status(), blankToNull(in.reason()), me.username())) {
            throw stale("course " + caseCode, in.version(), c.version());
        }
        audit.record(me, MODULE, "course.status", "course", caseCode, c.status() + " -> " + in.status());
        return courseView(courses.find(caseCode).orElseThrow());
    }

    public CourseView reassign(UserPrincipal me, String caseCode, Reassignment in) {
        requireCoordinator(me, "course", caseCode);
        Course c = courses.find(caseCode).orElseThrow(() -> notFoundCourse(caseCode));
        Validation v = new Validation().required("version", in.version()).required("mentorId", in.mentorId())
                .required("reason", in.reason());
        v.freeText("reason", in.reason(), 1000);
        v.throwIfInvalid();
        if ("closed".equals(c.status())) {
            throw ApiProblem.conflict("Course " + caseCode + " is closed.");
        }
        MentorFacts f = mentors.facts(in.mentorId()).orElseThrow(() -> ApiProblem.invalid(
                List.of(new ApiProblem.FieldError("mentorId", "no such mentor"))));
        requireAvailable(f, caseCode);
        String status = "referred".equals(c.status()) ? "matching" : c.status();
        if (!courses.assign(c, in.version(), f.id(), status, in.reason().strip(), me.username())) {
            throw stale("course " + caseCode, in.version(), c.version());
        }
        audit.record(me, MODULE, "course.reassign", "course", caseCode, "mentor " + f.id());
        return courseView(courses.find(caseCode).orElseThrow());
    }

    public CourseView addSession(UserPrincipal me, String caseCode, NewSession in) {
        Course c = visibleCourse(me, caseCode);
        Mentor mentor = c.mentorId() == null ? null : mentors.find(c.mentorId()).orElse(null);
        if (!RegistryAccess.mayLogSession(me, mentor == null ? null : mentor.profile())) {
            throw refused(me, "course", caseCode);
        }
        Validation v = new Validation().required("date", in.date()).required("minutes", in.minutes());
        v.check(in.date() == null || !in.date().isAfter(today()), "date", "must not be in the future");
        v.check(in.minutes() == null || in.minutes() >= 1 && in.minutes() <= 600, "minutes", "must be 1 to 600");
        v.oneOf("kind", in.kind(), Codes.SESSION_KINDS, true);
        v.freeText("notes", in.notes(), 4000);
        v.freeText("followUps", in.followUps(), 2000);
        v.throwIfInvalid();
        if (!List.of("active", "paused").contains(c.status())) {
            throw ApiProblem.conflict("Sessions are logged on active or paused courses; this one is " + c.status() + ".");
        }
        courses.addSession(c.id(), new SessionEntry(0, in.date(), in.minutes(), in.kind(), in.notes(), in.followUps(),
                me.username(), null));
        audit.record(me, MODULE, "course.session", "course", caseCode, null);
        return courseView(courses.find(caseCode).orElseThrow());
    }

    private Course visibleCourse(UserPrincipal me, String caseCode) {
        Course c = courses.find(caseCode).orElseThrow(() -> notFoundCourse(caseCode));
        Mentor m = c.mentorId() == null ? null : mentors.find(c.mentorId()).orElse(null);
        if (!mayReadCourse(me, m)) {
            audit.record(me, MODULE, "access.denied", "course", c.caseCode(), null);
            throw notFoundCourse(caseCode);
        }
        return c;
    }

    private CourseView courseView(Course c) {
        String mentorName = c.mentorId() == null ? null
                : mentors.find(c.mentorId()).map(m -> m.profile().name()).orElse(null);
        List<HistoryEntry> history = courses.history(c.id());
        return new CourseView(c.caseCode(), c.version(), c.status(), c.targetGroup(), c.level(), c.mentorId(),
                mentorName, c.closedReason(), c.demo(), c.details(), courses.sessions(c.id()), history,
                c.createdAt(), c.updatedAt(), CourseDeletion.of(c, history, schedule));
    }

    private static void details(Validation v, CourseDetails d) {
        if (d == null) {
            return;
        }
        v.freeText("details.commissioningParty", d.commissioningParty(), 200);
        v.freeText("details.notes", d.notes(), 2000);
        if (d.agreement() != null) {
            v.freeText("details.agreement.what", d.agreement().what(), 1000);
            v.freeText("details.agreement.frequency", d.agreement().frequency(), 200);
            v.freeText("details.agreement.duration", d.agreement().duration(), 200);
            v.freeText("details.agreement.reporting", d.agreement().reporting(), 500);
        }
        if (d.goals() != null) {
            v.freeText("details.goals.motivation", d.goals().motivation(), 2000);
            v.freeText("details.goals.riskReduction", d.goals().riskReduction(), 2000);
            v.freeText("details.goals.ownGoals", d.goals().ownGoals(), 2000);
        }
    }

    // --- subject directory support ---

    /** Courses the caller may see whose case code starts with the prefix, with their mentor. */
    public List<Map.Entry<Course, Mentor>> visibleCourses(UserPrincipal me, String prefix, Predicate<Course> filter) {
        Map<Long, Mentor> byId = mentorsById();
        List<Map.Entry<Course, Mentor>> out = new ArrayList<>();
        for (Course c : courses.withPrefix(prefix)) {
            Mentor m = c.mentorId() == null ? null : byId.get(c.mentorId());
            if (filter.test(c) && mayReadCourse(me, m)) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(c, m));
            }
        }
        return out;
    }

    public AuditLog audit() {
        return audit;
    }

    // --- networks ---

    /**
     * Every meeting, but of its attendance only the mentors the caller may see (their own profile, those they
     * supervise, or all for coordinators): who attended is personal data. The entry names the meetings and the
     * attendees shown.
     */
    public List<NetworkMeeting> meetings(UserPrincipal me) {
        Map<Long, Mentor> byId = mentorsById();
        List<NetworkMeeting> shown = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (NetworkMeeting m : supervision.meetings()) {
            List<Long> visible = m.attendees().stream()
                    .filter(id -> byId.containsKey(id) && RegistryAccess.maySee(me, byId.get(id).profile())).toList();
            shown.add(new NetworkMeeting(m.id(), m.network(), m.date(), m.topic(), m.demo(), visible));
            seen.add(visible.isEmpty() ? String.valueOf(m.id()) : m.id() + " " + visible);
        }
        audit.record(me, MODULE, "read", "network.meeting", "*", Shown.list(seen));
        return shown;
    }

    public NetworkMeeting addMeeting(UserPrincipal me, NewMeeting in) {
        requireCoordinator(me, "network.meeting", "new");
        Validation v = new Validation();
        v.oneOf("network", in.network(), Codes.NETWORKS, true);
        v.required("date", in.date());
        v.required("topic", in.topic());
        v.freeText("topic", in.topic(), 500);
        List<Long> attendees = in.attendees() == null ? List.of() : List.copyOf(in.attendees());
        for (int i = 0; i < attendees.size(); i++) {
            v.check(attendees.get(i) != null && mentors.find(attendees.get(i)).isPresent(), "attendees[" + i + "]",
                    "no such mentor");
        }
        v.throwIfInvalid();
        long id = supervision.addMeeting(new NetworkMeeting(0, in.network(), in.date(), in.topic().strip(), false,
                attendees), me.username());
        audit.record(me, MODULE, "create", "network.meeting", String.valueOf(id), attendees.size() + " attended");
        return supervision.meetings().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    // --- helpers ---

    private void requireCoordinator(UserPrincipal me, String type, String id) {
        if (!RegistryAccess.coordinates(me)) {
            throw refused(me, type, id);
        }
    }

    private ApiProblem refused(UserPrincipal me, String type, String id) {
        audit.record(me, MODULE, "access.denied", type, id, null);
        return ApiProblem.forbidden("You do not have access to this " + type.replace('.', ' ') + ".");
    }

    private static ApiProblem stale(String what, int sent, int current) {
        return ApiProblem.conflict("The " + what + " was changed by someone else (version " + sent + " is now "
                + current + "). Reload it and apply your change again.");
    }

    private static ApiProblem notFoundMentor(long id) {
        return ApiProblem.notFound("No mentor " + id + ".");
    }

    private static ApiProblem notFoundCourse(String caseCode) {
        return ApiProblem.notFound("No course with case code " + caseCode.toUpperCase(Locale.ROOT) + ".");
    }

    /** 409 listing the holds that keep a course from becoming active. */
    public static final class HeldProblem extends ApiProblem {
        private static final long serialVersionUID = 1L;

        HeldProblem(List<Hold> holds) {
            super(409, "Conflict", "The course cannot become active yet: " + String.join("; ",
                    holds.stream().map(h -> h.module() + ": " + h.detail()).toList()),
                    holds.stream().map(h -> new ApiProblem.FieldError("hold." + h.module() + "." + h.code(), h.detail()))
                            .toList());
        }
    }
}
