package no.mentorkit.ethics.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
import no.mentorkit.ethics.internal.model.Guideline;
import no.mentorkit.ethics.internal.service.DueList;
import no.mentorkit.ethics.internal.service.EthicsAccess;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.GuidelineStore;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.security.UserSummary;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.Subjects;

/**
 * {@code GET /api/ethics/due}: what is missing and where, scoped to the caller: a mentor their own courses and
 * onboarding, a supervisor the courses and mentors they supervise, coordinators and admins everything.
 */
@Component(service = DueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("ethics/due")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class DueResource {

    private final FormRegistry forms;
    private final RequirementStore requirements;
    private final CompletionStore completions;
    private final GuidelineStore guidelines;
    private final Subjects subjects;
    private final UserDirectory users;
    private final AuditLog audit;

    @Activate
    public DueResource(@Reference FormRegistry forms, @Reference RequirementStore requirements,
            @Reference CompletionStore completions, @Reference GuidelineStore guidelines, @Reference Subjects subjects,
            @Reference UserDirectory users, @Reference AuditLog audit) {
        this.forms = forms;
        this.requirements = requirements;
        this.completions = completions;
        this.guidelines = guidelines;
        this.subjects = subjects;
        this.users = users;
        this.audit = audit;
    }

    @GET
    public List<DueList.DueItem> due(@Context SecurityContext sc) {
        UserPrincipal me = (UserPrincipal) sc.getUserPrincipal();
        EthicsAccess access = new EthicsAccess(me, subjects);
        List<Subject> courses = subjects.visible(me);
        Map<Long, String> mentors = mentorsInScope(me, courses);
        Integer version = guidelines.current().map(Guideline::version).orElse(null);
        Map<Long, String> notAccepted = new LinkedHashMap<>();
        if (version != null) {
            Set<Long> accepted = guidelines.acceptances(version).stream().map(GuidelineStore.Acceptance::userId)
                    .collect(Collectors.toSet());
            Map<Long, String> scope = new LinkedHashMap<>(mentors);
            scope.put(me.userId(), me.username());
            scope.forEach((id, name) -> {
                if (!accepted.contains(id)) {
                    notAccepted.put(id, name);
                }
            });
        }
        // The current (highest published) version of each checklist id.
        List<FormDefinition> checklists = forms.list(FormDefinition.CHECKLIST).stream().map(DeployedForm::id)
                .distinct().flatMap(id -> forms.current(id).stream()).map(DeployedForm::definition).toList();
        List<DueList.DueItem> due = DueList.build(new DueList.Inputs(courses, checklists,
                requirements.current().required(), completions.all().stream().filter(access::canRead).toList(),
                mentors, c -> !Long.valueOf(me.userId()).equals(c.signedById())
                        && (me.has(Role.COORDINATOR) || access.supervisesSubject(c)),
                me.userId(), version, notAccepted));
        // What the list shows: the subjects it names (course:<code>, mentor:<id>), not every case looked at for it.
        audit.record(me, EthicsCodes.MODULE, "read", "due", "*",
                Shown.list(due.stream().map(DueList.DueItem::subject).distinct().toList()));
        return due;
    }

    /** Mentor accounts the caller follows: all for coordinators and admins, supervised ones, or oneself. */
    private Map<Long, String> mentorsInScope(UserPrincipal me, List<Subject> courses) {
        Map<Long, String> mentors = new LinkedHashMap<>();
        if (me.has(Role.ADMIN) || me.has(Role.COORDINATOR)) {
            users.withRole(Role.MENTOR).stream().filter(UserSummary::enabled)
                    .forEach(u -> mentors.put(u.userId(), u.username()));
            return mentors;
        }
        if (me.has(Role.MENTOR)) {
            mentors.put(me.userId(), me.username());
        }
        if (me.has(Role.SUPERVISOR)) {
            courses.stream().filter(s -> s.supervisorUserIds().contains(me.userId()))
                    .flatMap(s -> s.mentorUserIds().stream()).distinct()
                    .forEach(id -> users.byId(id).ifPresent(u -> mentors.put(u.userId(), u.username())));
        }
        return mentors;
    }
}
