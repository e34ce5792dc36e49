package no.mentorkit.ethics.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.Step;
import no.mentorkit.platform.workflow.StepGuard;
import no.mentorkit.platform.workflow.StepKind;

/**
 * Holds a course's activation while a required start checklist for it is not signed and countersigned. Other steps
 * pass. Read-only and quick: two small queries per required checklist.
 */
@Component(service = StepGuard.class)
public class ChecklistGuard implements StepGuard {

    private final Function<String, Optional<FormDefinition>> checklists;
    private final RequirementStore requirements;
    private final CompletionStore completions;

    @Activate
    public ChecklistGuard(@Reference FormRegistry forms, @Reference RequirementStore requirements,
            @Reference CompletionStore completions) {
        this(id -> forms.current(id).filter(f -> FormDefinition.CHECKLIST.equals(f.kind()))
                .map(DeployedForm::definition), requirements, completions);
    }

    /** For tests: checklists looked up by id (the current published version). */
    public ChecklistGuard(Function<String, Optional<FormDefinition>> checklists, RequirementStore requirements,
            CompletionStore completions) {
        this.checklists = checklists;
        this.requirements = requirements;
        this.completions = completions;
    }

    @Override
    public List<Hold> check(Step step) {
        if (!StepKind.COURSE_ACTIVATION.matches(step) || step.recordId() == null) {
            return List.of();
        }
        String caseCode = step.recordId();
        return holds(requirements.current().required(), checklists, caseCode,
                id -> completions.countersigned(EthicsCodes.COURSE, caseCode, id));
    }

    /**
     * One hold per required start checklist for courses (with a published version) that has no countersigned
     * completion for the course.
     */
    static List<Hold> holds(Set<String> required, Function<String, Optional<FormDefinition>> checklists,
            String caseCode, Predicate<String> countersigned) {
        List<Hold> holds = new ArrayList<>();
        for (String id : required) {
            checklists.apply(id).filter(ChecklistGuard::isCourseStart).filter(d -> !countersigned.test(id))
                    .ifPresent(d -> holds.add(new Hold(EthicsCodes.MODULE, EthicsCodes.HOLD_CHECKLIST_UNSIGNED,
                            title(d.title()) + " for " + caseCode + " is not signed and countersigned")));
        }
        return holds;
    }

    public static boolean isCourseStart(FormDefinition d) {
        return d.checklist() != null && FormDefinition.Checklist.COURSE.equals(d.checklist().appliesTo())
                && FormDefinition.Checklist.START.equals(d.checklist().stage());
    }

    static String title(Map<String, String> title) {
        return title == null ? "The checklist" : title.getOrDefault("en", title.getOrDefault("nb", "The checklist"));
    }
}
