package no.mentorkit.ethics.internal.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.Disclosure;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.Subjects;

/**
 * Need-to-know for one request. Admins and coordinators see everything; a mentor what they wrote, signed or mentor;
 * a supervisor what they supervise (from the registry) or, without a registry, what awaits a countersignature.
 * Each case code is looked up in the subject directory at most once per request.
 */
public final class EthicsAccess {

    private final UserPrincipal me;
    private final Subjects subjects;
    private final Map<String, Optional<Subject>> courses = new HashMap<>();
    private List<Subject> visible;

    public EthicsAccess(UserPrincipal me, Subjects subjects) {
        this.me = me;
        this.subjects = subjects;
    }

    public UserPrincipal me() {
        return me;
    }

    public boolean registry() {
        return subjects.available();
    }

    /** Admins and coordinators see every record of the module. */
    public boolean all() {
        return me.has(Role.ADMIN) || me.has(Role.COORDINATOR);
    }

    public Optional<Subject> course(String caseCode) {
        return courses.computeIfAbsent(caseCode, c -> subjects.find(me, c));
    }

    public boolean mentors(String caseCode) {
        return course(caseCode).map(s -> s.mentorUserIds().contains(me.userId())).orElse(false);
    }

    public boolean supervises(String caseCode) {
        return course(caseCode).map(s -> s.supervisorUserIds().contains(me.userId())).orElse(false);
    }

    /** Whether the caller supervises the mentor with this user id on some course (registry only). */
    public boolean supervisesMentor(long mentorUserId) {
        if (visible == null) {
            visible = subjects.visible(me);
        }
        return visible.stream().anyMatch(s -> s.supervisorUserIds().contains(me.userId())
                && s.mentorUserIds().contains(mentorUserId));
    }

    /** Whether the caller supervises what the completion is about; without a registry any supervisor does. */
    public boolean supervisesSubject(Completion c) {
        if (!me.has(Role.SUPERVISOR)) {
            return false;
        }
        if (!registry()) {
            return true;
        }
        return EthicsCodes.COURSE.equals(c.subjectType()) ? supervises(c.subjectId())
                : supervisesMentor(Long.parseLong(c.subjectId()));
    }

    public boolean canRead(Completion c) {
        long id = me.userId();
        if (all() || c.authorId() == id || same(c.signedById(), id) || same(c.countersignedById(), id)) {
            return true;
        }
        if (EthicsCodes.MENTOR.equals(c.subjectType()) && c.subjectId().equals(String.valueOf(id))) {
            return true;
        }
        if (EthicsCodes.COURSE.equals(c.subjectType()) && mentors(c.subjectId())) {
            return true;
        }
        return supervisesSubject(c);
    }

    public boolean canRead(Disclosure d) {
        return all() || d.recordedById() == me.userId() || mentors(d.caseCode()) || supervises(d.caseCode());
    }

    /** Whether the caller may see a course's report and record disclosures about it. */
    public boolean canSeeCourse(String caseCode) {
        if (all()) {
            return true;
        }
        if (!registry()) {
            return me.has(Role.MENTOR) || me.has(Role.SUPERVISOR);
        }
        return mentors(caseCode) || supervises(caseCode);
    }

    private static boolean same(Long a, long b) {
        return a != null && a == b;
    }
}
