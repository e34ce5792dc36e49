package no.mentorkit.registry.internal.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.SubjectDirectory;
import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.Mentor;

/**
 * Courses as subjects for other modules, with the registry's own need-to-know rules. Lookups are not audited here
 * (they decide access to records the caller may never see); the module that shows a subject audits it.
 */
@Component(service = SubjectDirectory.class)
public class CourseSubjects implements SubjectDirectory {

    private final RegistryService registry;

    @Activate
    public CourseSubjects(@Reference RegistryService registry) {
        this.registry = registry;
    }

    @Override
    public List<Subject> search(UserPrincipal caller, String prefix, int limit) {
        return registry.visibleCourses(caller, prefix == null ? "" : prefix.strip(), c -> true).stream()
                .limit(Math.max(0, limit)).map(CourseSubjects::subject).toList();
    }

    @Override
    public Optional<Subject> find(UserPrincipal caller, String caseCode) {
        if (caseCode == null || caseCode.isBlank()) {
            return Optional.empty();
        }
        String code = caseCode.strip();
        return registry.visibleCourses(caller, code, c -> c.caseCode().equalsIgnoreCase(code))
                .stream().findFirst().map(CourseSubjects::subject);
    }

    private static Subject subject(Map.Entry<Course, Mentor> e) {
        Course c = e.getKey();
        Mentor m = e.getValue();
        Set<Long> mentorUsers = new HashSet<>();
        Set<Long> supervisorUsers = new HashSet<>();
        if (m != null && m.profile().userId() != null) {
            mentorUsers.add(m.profile().userId());
        }
        if (m != null && m.profile().supervisorUserId() != null) {
            supervisorUsers.add(m.profile().supervisorUserId());
        }
        return new Subject(c.caseCode(), c.targetGroup() + " · " + c.level(), c.status(), mentorUsers, supervisorUsers);
    }
}
