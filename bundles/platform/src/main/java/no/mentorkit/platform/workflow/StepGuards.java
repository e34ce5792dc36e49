package no.mentorkit.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the module taking a step consults the guards, the same way in every module. */
@ProviderType
public final class StepGuards {

    /** The code of the hold that stands in for a guard that could not answer. */
    public static final String GUARD_FAILED = "guard-failed";

    private static final Logger LOG = LoggerFactory.getLogger(StepGuards.class);

    private StepGuards() {
    }

    /**
     * Every guard's holds on the step. A guard that throws holds the step (it is not let through unchecked) and its
     * failure is logged with the guard's bundle, so an operator can find why steps are held.
     */
    public static List<Hold> check(List<StepGuard> guards, Step step) {
        return check(guards, step, (guard, e) -> LOG.error("Step guard {} could not check {}; the step is held",
                guard, step, e));
    }

    /** As {@link #check(List, Step)}, telling {@code failed} which guard (by bundle and class) threw what. */
    static List<Hold> check(List<StepGuard> guards, Step step, BiConsumer<String, RuntimeException> failed) {
        List<Hold> holds = new ArrayList<>();
        for (StepGuard guard : guards) {
            try {
                holds.addAll(guard.check(step));
            } catch (RuntimeException e) {
                failed.accept(describe(guard), e);
                holds.add(new Hold(step.module(), GUARD_FAILED, "A step guard could not answer; try again later."));
            }
        }
        return holds;
    }

    private static String describe(StepGuard guard) {
        Bundle bundle = FrameworkUtil.getBundle(guard.getClass());
        String name = guard.getClass().getName();
        return bundle == null ? name : name + " (bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + ")";
    }
}
