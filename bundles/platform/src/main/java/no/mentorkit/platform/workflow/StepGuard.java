package no.mentorkit.platform.workflow;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service that may hold back steps other modules take. The module taking a step consults every
 * guard (see {@link StepGuards}) and refuses the step (409) while any returns a hold. A guard must be quick and must
 * not change data. The steps guarded across modules are named in {@link StepKind}.
 */
@ConsumerType
public interface StepGuard {

    /** Holds that apply to the step; empty when the step may go ahead. */
    List<Hold> check(Step step);
}
