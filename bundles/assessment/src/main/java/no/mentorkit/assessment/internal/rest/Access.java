package no.mentorkit.assessment.internal.rest;

import java.util.HashMap;
import java.util.Map;

import no.mentorkit.assessment.internal.store.Assessment;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Who may see an assessment: its author, coordinators, and the supervisor assigned to the subject (from the
 * registry's subject directory). One instance per request, so each case code is looked up once.
 */
final class Access {

    private final UserPrincipal caller;
    private final Subjects subjects;
    private final Map<String, Boolean> supervises = new HashMap<>();

    Access(UserPrincipal caller, Subjects subjects) {
        this.caller = caller;
        this.subjects = subjects;
    }

    boolean canRead(Assessment a) {
        return a.authorId() == caller.userId() || caller.has(Role.COORDINATOR) || supervises(a.caseCode());
    }

    boolean supervises(String caseCode) {
        return supervises.computeIfAbsent(caseCode, c -> subjects.find(caller, c)
                .map(s -> s.supervisorUserIds().contains(caller.userId())).orElse(false));
    }
}
