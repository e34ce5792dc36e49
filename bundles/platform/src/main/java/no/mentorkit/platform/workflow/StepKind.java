package no.mentorkit.platform.workflow;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * A kind of step: which module takes it, on what kind of record, and what happens. The kinds one module takes and
 * another guards are named here once, so both ends agree without either importing the other.
 *
 * @param module id of the module taking the step
 * @param recordType kind of record, e.g. {@code course}
 * @param step what is about to happen, e.g. {@code activate}
 */
@ProviderType
public record StepKind(String module, String recordType, String step) {

    /** The registry makes a course of mentoring active; the record id is the course's case code. */
    public static final StepKind COURSE_ACTIVATION = new StepKind("registry", "course", "activate");

    /** This kind of step on one record, taken by the actor. */
    public Step of(String recordId, UserPrincipal actor) {
        return new Step(module, recordType, recordId, step, actor);
    }

    /** Whether the step is of this kind. */
    public boolean matches(Step candidate) {
        return module.equals(candidate.module()) && recordType.equals(candidate.recordType())
                && step.equals(candidate.step());
    }
}
