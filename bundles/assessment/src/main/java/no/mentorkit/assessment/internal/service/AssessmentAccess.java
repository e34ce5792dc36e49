package no.mentorkit.assessment.internal.service;

import java.util.HashMap;
import java.util.Map;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subjects;

/**
 * Who may see an assessment: its author, coordinators, and the supervisor assigned to the subject (from the
 * registry's subject directory). One instance per request, so each case code is looked up once.
 */
public final class AssessmentAccess {

    private final UserPrincipal caller;
    private final Subjects subjects;
    private final Map<String, Boolean> supervises = new HashMap<>();

    public AssessmentAccess(UserPrincipal caller, Subjects subjects) {
        this.caller = caller;
        this.subjects = subjects;
    }

    public boolean canRead(Assessment a) {
        return a.authorId() == caller.userId() || caller.has(Role.COORDINATOR) || supervises(a.caseCode());
    }

    /**
     * Both ratings of a pair: each readable as any assessment is, or by either rater while the registry's directory
     * still lets them see the subject (the agreement view itself waits until both are submitted). Without a directory nobody is known to be
     * entitled to the subject, so only coordinators read a pair they did not write.
     */
    public boolean canReadPair(Assessment first, Assessment second) {
        if (canRead(first) && canRead(second)) {
            return true;
        }
        boolean rater = first.authorId() == caller.userId() || second.authorId() == caller.userId();
        return rater && subjects.available()
                && subjects.find(caller, first.caseCode()).isPresent();
    }

    public boolean supervises(String caseCode) {
        return supervises.computeIfAbsent(caseCode, c -> subjects.find(caller, c)
                .map(s -> s.supervisorUserIds().contains(caller.userId())).orElse(false));
    }
}
