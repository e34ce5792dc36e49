package no.mentorkit.ethics.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.platform.subject.Subject;

/**
 * What is due, and where: required start checklists for courses that have not closed, closing checklists for closed
 * courses, onboarding checklists for mentors, signed checklists waiting for a countersignature, and guideline
 * versions not yet accepted. Only countersigned completions count as done. The caller's scope is decided by what
 * is passed in.
 */
public final class DueList {

    public static final String START = "start-checklist";
    public static final String CLOSING = "closing-checklist";
    public static final String ONBOARDING = "onboarding";
    public static final String COUNTERSIGN = "countersign";
    public static final String AWAITING = "awaiting-countersign";
    public static final String GUIDELINES = "guidelines";

    /**
     * One thing due. {@code label}: the case code or the user name; {@code completionId}: a started or signed
     * completion to continue with, if any.
     */
    public record DueItem(String kind, String subject, String label, String checklistId, Map<String, String> title,
            boolean required, Long completionId, Integer guidelineVersion) {
    }

    /**
     * What the list is built from.
     *
     * @param courses the courses in the caller's scope (from the registry; none without it)
     * @param checklists the current published checklists
     * @param required the ids the organisation requires
     * @param completions the completions the caller may read
     * @param mentors the mentors in the caller's scope, user id to user name
     * @param mayCountersign whether the caller may countersign a signed completion
     * @param me the caller's user id
     * @param guidelineVersion the current guideline version, or {@code null} when there is none
     * @param notAccepted user ids in scope (the caller included) who have not accepted that version, to user name
     */
    public record Inputs(List<Subject> courses, List<FormDefinition> checklists, Set<String> required,
            List<Completion> completions, Map<Long, String> mentors, Predicate<Completion> mayCountersign, long me,
            Integer guidelineVersion, Map<Long, String> notAccepted) {
    }

    private DueList() {
    }

    public static List<DueItem> build(Inputs in) {
        List<DueItem> due = new ArrayList<>();
        // Completions by subject and checklist, so each lookup below is one map access.
        Map<String, List<Completion>> bySubject = new HashMap<>();
        for (Completion c : in.completions()) {
            bySubject.computeIfAbsent(key(c.subjectType(), c.subjectId(), c.formId()), k -> new ArrayList<>()).add(c);
        }
        for (Subject course : in.courses()) {
            boolean closed = "closed".equals(course.status());
            for (FormDefinition d : in.checklists()) {
                boolean start = is(d, EthicsCodes.COURSE, "start") && in.required().contains(d.id()) && !closed;
                boolean closing = is(d, EthicsCodes.COURSE, "closing") && closed;
                if (start || closing) {
                    missing(in, bySubject, due, start ? START : CLOSING, EthicsCodes.COURSE, course.caseCode(),
                            course.caseCode(), d);
                }
            }
        }
        in.mentors().forEach((userId, name) -> in.checklists().stream()
                .filter(d -> is(d, EthicsCodes.MENTOR, "onboarding"))
                .forEach(d -> missing(in, bySubject, due, ONBOARDING, EthicsCodes.MENTOR, String.valueOf(userId), name,
                        d)));
        for (Completion c : in.completions()) {
            if (EthicsCodes.SIGNED.equals(c.status())) {
                boolean mine = c.signedById() != null && c.signedById() == in.me();
                if (in.mayCountersign().test(c) || mine) {
                    due.add(new DueItem(mine ? AWAITING : COUNTERSIGN, c.subject(), c.subjectId(), c.formId(),
                            title(in, c.formId()), in.required().contains(c.formId()), c.id(), null));
                }
            }
        }
        if (in.guidelineVersion() != null) {
            in.notAccepted().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> due.add(
                    new DueItem(GUIDELINES, EthicsCodes.MENTOR + ":" + e.getKey(), e.getValue(), null, null, true,
                            null, in.guidelineVersion())));
        }
        return due;
    }

    private static String key(String type, String id, String formId) {
        return type + ":" + id + "\n" + formId;
    }

    private static void missing(Inputs in, Map<String, List<Completion>> bySubject, List<DueItem> due, String kind,
            String type, String id, String label, FormDefinition d) {
        List<Completion> about = bySubject.getOrDefault(key(type, id, d.id()), List.of());
        if (about.stream().anyMatch(Completion::countersigned)) {
            return;
        }
        Optional<Long> started = about.stream().max(Comparator.comparingLong(Completion::id)).map(Completion::id);
        due.add(new DueItem(kind, type + ":" + id, label, d.id(), d.title(), in.required().contains(d.id()),
                started.orElse(null), null));
    }

    private static boolean is(FormDefinition d, String appliesTo, String stage) {
        return d.checklist() != null && appliesTo.equals(d.checklist().appliesTo())
                && stage.equals(d.checklist().stage());
    }

    private static Map<String, String> title(Inputs in, String formId) {
        return in.checklists().stream().filter(d -> d.id().equals(formId)).findFirst().map(FormDefinition::title)
                .orElse(Map.of());
    }
}
