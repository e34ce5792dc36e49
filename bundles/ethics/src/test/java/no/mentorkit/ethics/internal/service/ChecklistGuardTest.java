package no.mentorkit.ethics.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.Checklists;
import no.mentorkit.ethics.internal.TestDatabase;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.EthicsDatabase;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.Step;

/** The guard holds a course's activation until each required start checklist is signed and countersigned. */
class ChecklistGuardTest {

    private static final UserPrincipal COORDINATOR = new UserPrincipal(9, "coord", "Fictional", Set.of(Role.COORDINATOR),
            "127.0.0.1");
    private static final Map<String, FormDefinition> SHIPPED = Map.of(
            "course-start", Checklists.shipped("course-start"),
            "course-closing", Checklists.shipped("course-closing"),
            "mentor-onboarding", Checklists.shipped("mentor-onboarding"));

    private RequirementStore requirements;
    private CompletionStore completions;
    private ChecklistGuard guard;

    @BeforeEach
    void setUp() {
        EthicsDatabase db = TestDatabase.create();
        requirements = new RequirementStore(db);
        completions = new CompletionStore(db);
        requirements.seed(List.of("course-start"), "system");
        guard = new ChecklistGuard(id -> Optional.ofNullable(SHIPPED.get(id)), requirements, completions);
    }

    private static Step activate(String caseCode) {
        return new Step("registry", "course", caseCode, "activate", COORDINATOR);
    }

    @Test
    void holdsUntilSignedAndCountersigned() {
        List<Hold> holds = guard.check(activate("ABC-2026-001"));
        assertThat(holds).containsExactly(new Hold("ethics", "checklist-unsigned",
                "Before the course of mentoring starts for ABC-2026-001 is not signed and countersigned"));
        var c = completions.create("course", "ABC-2026-001", "course-start", "1.0.0", 1, "mentor1");
        assertThat(completions.sign(c.id(), 1, Map.of(), 1, "mentor1")).isTrue();
        assertThat(guard.check(activate("ABC-2026-001"))).as("signed only").hasSize(1);
        assertThat(completions.countersign(c.id(), 2, 2, "coord2", "coordinator", null)).isTrue();
        assertThat(guard.check(activate("ABC-2026-001"))).isEmpty();
        assertThat(guard.check(activate("ABC-2026-002"))).as("another course").hasSize(1);
    }

    @Test
    void otherStepsAndChecklistsThatAreNotRequiredStartChecklistsPass() {
        assertThat(guard.check(new Step("registry", "course", "ABC-2026-001", "close", COORDINATOR))).isEmpty();
        assertThat(guard.check(new Step("library", "course", "ABC-2026-001", "activate", COORDINATOR))).isEmpty();
        assertThat(guard.check(new Step("registry", "mentor", "12", "activate", COORDINATOR))).isEmpty();
        requirements.replace(List.of("course-closing", "mentor-onboarding"), 1, "admin");
        assertThat(guard.check(activate("ABC-2026-001"))).as("required, but not start checklists").isEmpty();
        requirements.replace(List.of("course-start", "gone"), 2, "admin");
        assertThat(guard.check(activate("ABC-2026-001"))).as("an id without a published checklist holds nothing")
                .hasSize(1);
        requirements.replace(List.of(), 3, "admin");
        assertThat(guard.check(activate("ABC-2026-001"))).isEmpty();
    }
}
