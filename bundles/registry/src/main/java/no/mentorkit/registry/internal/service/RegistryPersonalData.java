package no.mentorkit.registry.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.privacy.PersonalData;
import no.mentorkit.platform.privacy.PersonalDataSource;
import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.Mentor;
import no.mentorkit.registry.internal.store.CourseStore;
import no.mentorkit.registry.internal.store.MentorStore;
import no.mentorkit.registry.internal.store.SupervisionStore;

/**
 * The registry's part of a user's access request: the mentor profile linked to the account, its supervision
 * records and the courses it mentors (by case code and status only: the mentees are other people).
 */
@Component
public class RegistryPersonalData implements PersonalDataSource {

    private final MentorStore mentors;
    private final SupervisionStore supervision;
    private final CourseStore courses;

    @Activate
    public RegistryPersonalData(@Reference MentorStore mentors, @Reference SupervisionStore supervision,
            @Reference CourseStore courses) {
        this.mentors = mentors;
        this.supervision = supervision;
        this.courses = courses;
    }

    @Override
    public String module() {
        return RegistryService.MODULE;
    }

    @Override
    public Optional<PersonalData> about(long userId) {
        List<Mentor> own = mentors.list().stream()
                .filter(m -> m.profile().userId() != null && m.profile().userId() == userId).toList();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Course> allCourses = courses.list();
        List<Map<String, Object>> records = new ArrayList<>();
        List<PersonalData.RecordRef> refs = new ArrayList<>();
        for (Mentor m : own) {
            List<Map<String, Object>> mentored = allCourses.stream()
                    .filter(c -> c.mentorId() != null && c.mentorId() == m.id())
                    .map(c -> Map.<String, Object>of("caseCode", c.caseCode(), "status", c.status())).toList();
            records.add(Map.of("mentor", m, "supervision", supervision.forMentor(m.id()), "courses", mentored));
            refs.add(new PersonalData.RecordRef("mentor", String.valueOf(m.id())));
        }
        return Optional.of(new PersonalData(records, refs));
    }
}
