package no.mentorkit.registry.internal.service;

import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.registry.internal.model.MentorProfile;

/**
 * Who may see and do what, on need-to-know: coordinators and admins everything; a mentor their own profile
 * and courses; a supervisor the mentors they supervise and those mentors' courses.
 */
public final class RegistryAccess {

    private RegistryAccess() {
    }

    public static boolean coordinates(UserPrincipal p) {
        return p.has(Role.COORDINATOR) || p.has(Role.ADMIN);
    }

    /** Background and belonging are for coordinators only, not admins. */
    public static boolean seesCoordinatorOnlyFields(UserPrincipal p) {
        return p.has(Role.COORDINATOR);
    }

    public static boolean isOwn(UserPrincipal p, MentorProfile m) {
        return m.userId() != null && m.userId() == p.userId() && p.has(Role.MENTOR);
    }

    public static boolean supervises(UserPrincipal p, MentorProfile m) {
        return p.has(Role.SUPERVISOR) && m.supervisorUserId() != null && m.supervisorUserId() == p.userId();
    }

    /** Profiles, eligibility and courses of a mentor. */
    public static boolean maySee(UserPrincipal p, MentorProfile m) {
        return coordinates(p) || isOwn(p, m) || supervises(p, m);
    }

    /** Session log entries on a course: the coordinator or the course's own mentor. */
    public static boolean mayLogSession(UserPrincipal p, MentorProfile courseMentor) {
        return coordinates(p) || courseMentor != null && isOwn(p, courseMentor);
    }

    /** Supervision sessions: the coordinator or the mentor's supervisor. */
    public static boolean mayRecordSupervision(UserPrincipal p, MentorProfile m) {
        return coordinates(p) || supervises(p, m);
    }
}
