package no.mentorkit.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StepGuardsTest {

    private static final Step ACTIVATION = StepKind.COURSE_ACTIVATION.of("ABC-2026-001", null);

    private static final class Throwing implements StepGuard {
        @Override
        public List<Hold> check(Step step) {
            throw new IllegalStateException("checklist table missing");
        }
    }

    @Test
    void aGuardThatThrowsHoldsTheStepAndIsReportedWithItsException() {
        List<String> reported = new ArrayList<>();
        List<RuntimeException> errors = new ArrayList<>();
        StepGuard holding = step -> List.of(new Hold("ethics", "checklist-unsigned", "sign it"));

        List<Hold> holds = StepGuards.check(List.of(new Throwing(), holding), ACTIVATION, (guard, e) -> {
            reported.add(guard);
            errors.add(e);
        });

        assertThat(holds).extracting(Hold::code).containsExactly(StepGuards.GUARD_FAILED, "checklist-unsigned");
        assertThat(holds.get(0).module()).isEqualTo("registry");
        assertThat(reported).containsExactly(Throwing.class.getName());
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("checklist table missing");
    }

    @Test
    void guardsThatAnswerAreNotReported() {
        List<String> reported = new ArrayList<>();
        assertThat(StepGuards.check(List.of(step -> List.of()), ACTIVATION, (g, e) -> reported.add(g))).isEmpty();
        assertThat(reported).isEmpty();
    }

    @Test
    void theCourseActivationIsTheRegistrysStepBothEndsName() {
        assertThat(ACTIVATION).isEqualTo(new Step("registry", "course", "ABC-2026-001", "activate", null));
        assertThat(StepKind.COURSE_ACTIVATION.matches(ACTIVATION)).isTrue();
        assertThat(StepKind.COURSE_ACTIVATION.matches(new Step("registry", "mentor", "12", "activate", null)))
                .isFalse();
    }
}
