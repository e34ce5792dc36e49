package no.mentorkit.ethics.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.Checklists;
import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.service.DueList.DueItem;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.platform.subject.Subject;

/** What is due: only countersigned completions count as done; each kind lands where it belongs. */
class DueListTest {

    private static final List<FormDefinition> CHECKLISTS = List.of(Checklists.shipped("course-start"),
            Checklists.shipped("course-session"), Checklists.shipped("course-closing"),
            Checklists.shipped("mentor-onboarding"));

    private static Subject course(String code, String status) {
        return new Subject(code, "fictional", status, Set.of(1L), Set.of(4L));
    }

    private static Completion completion(long id, String subject, String form, String status, Long signedBy) {
        String[] s = subject.split(":");
        return new Completion(id, s[0], s[1], form, "1.0.0", status, Map.of(), 1, "mentor1", Instant.now(),
                Instant.now(), signedBy, null, null, null, null, null, null, null, 1);
    }

    private static List<String> kinds(List<DueItem> due) {
        return due.stream().map(d -> d.kind() + " " + d.subject() + " " + d.checklistId()).toList();
    }

    @Test
    void listsWhatIsMissingAndWhatWaits() {
        List<Completion> completions = List.of(
                completion(1, "course:AAA-2026-001", "course-start", "countersigned", 1L),
                completion(2, "course:AAA-2026-002", "course-start", "signed", 1L),
                completion(3, "mentor:1", "mentor-onboarding", "draft", null));
        List<DueItem> due = DueList.build(new DueList.Inputs(
                List.of(course("AAA-2026-001", "active"), course("AAA-2026-002", "matching"),
                        course("AAA-2026-003", "closed")),
                CHECKLISTS, Set.of("course-start"), completions, Map.of(1L, "mentor1"), c -> true, 9L, 2,
                Map.of(9L, "coord9", 1L, "mentor1")));
        assertThat(kinds(due)).containsExactly(
                "start-checklist course:AAA-2026-002 course-start",
                "closing-checklist course:AAA-2026-003 course-closing",
                "onboarding mentor:1 mentor-onboarding",
                "countersign course:AAA-2026-002 course-start",
                "guidelines mentor:9 null",
                "guidelines mentor:1 null");
        assertThat(due.get(0).completionId()).as("the signed one to continue with").isEqualTo(2L);
        assertThat(due.get(0).required()).isTrue();
        assertThat(due.get(2).completionId()).isEqualTo(3L);
        assertThat(due.get(2).label()).isEqualTo("mentor1");
        assertThat(due.get(4).label()).isEqualTo("coord9");
        assertThat(due.get(4).guidelineVersion()).isEqualTo(2);
    }

    @Test
    void theSignerSeesTheirChecklistAwaitingACountersignatureAndNothingIsDueWithoutRequirements() {
        List<DueItem> due = DueList.build(new DueList.Inputs(List.of(course("AAA-2026-002", "active")), CHECKLISTS,
                Set.of(), List.of(completion(2, "course:AAA-2026-002", "course-start", "signed", 1L)), Map.of(),
                c -> false, 1L, null, Map.of(1L, "mentor1")));
        assertThat(kinds(due)).containsExactly("awaiting-countersign course:AAA-2026-002 course-start");
    }
}
