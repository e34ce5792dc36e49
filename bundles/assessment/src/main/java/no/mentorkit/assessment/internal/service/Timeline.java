package no.mentorkit.assessment.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/**
 * A subject's submitted assessments over time, per form, with what changed item by item from each assessment to
 * the next one with the same form (whatever its version: items are matched by id).
 */
public final class Timeline {

    /** How an answer reads: its raw value, its labels when it is a choice or level, or unknown. */
    public record Shown(Object value, List<Map<String, String>> labels, boolean unknown) {
    }

    public record Change(String item, Map<String, String> label, Shown before, Shown after) {
    }

    public record Entry(long assessmentId, String formVersion, Instant submittedAt, String author,
            FinalJudgement judgement, Double score, List<Change> changes) {
    }

    public record FormLine(String formId, Map<String, String> title, List<Entry> entries) {
    }

    private Timeline() {
    }

    /**
     * Builds the lines.
     *
     * @param definitions finds the definition an assessment was filled in with (form id, version)
     */
    public static List<FormLine> build(List<Assessment> assessments,
            BiFunction<String, String, FormDefinition> definitions) {
        Map<String, List<Assessment>> byForm = new LinkedHashMap<>();
        assessments.stream().filter(Assessment::submitted)
                .sorted(Comparator.comparing(Assessment::submittedAt).thenComparing(Assessment::id))
                .forEach(a -> byForm.computeIfAbsent(a.formId(), k -> new ArrayList<>()).add(a));
        List<FormLine> lines = new ArrayList<>();
        byForm.forEach((formId, list) -> {
            List<Entry> entries = new ArrayList<>();
            Assessment previous = null;
            FormDefinition previousDef = null;
            FormDefinition def = null;
            for (Assessment a : list) {
                def = definitions.apply(a.formId(), a.formVersion());
                List<Change> changes = previous == null ? List.of() : changes(previousDef, previous, def, a);
                entries.add(new Entry(a.id(), a.formVersion(), a.submittedAt(), a.authorName(), a.judgement(),
                        a.score(), changes));
                previous = a;
                previousDef = def;
            }
            lines.add(new FormLine(formId, def == null ? Map.of() : def.title(), entries));
        });
        return lines;
    }

    static List<Change> changes(FormDefinition beforeDef, Assessment before, FormDefinition afterDef,
            Assessment after) {
        Set<String> ids = new LinkedHashSet<>();
        afterDef.items().filter(Item::answerable).forEach(i -> ids.add(i.id()));
        beforeDef.items().filter(Item::answerable).forEach(i -> ids.add(i.id()));
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            Answer b = before.answers().get(id);
            Answer a = after.answers().get(id);
            if (same(b, a)) {
                continue;
            }
            Item item = afterDef.item(id).or(() -> beforeDef.item(id)).orElseThrow();
            changes.add(new Change(id, item.label(), shown(beforeDef, id, b), shown(afterDef, id, a)));
        }
        return changes;
    }

    /** Whether two answers say the same (no answer equals no answer; unknown equals unknown). */
    public static boolean same(Answer x, Answer y) {
        boolean xEmpty = x == null || !x.unknown() && !x.hasValue();
        boolean yEmpty = y == null || !y.unknown() && !y.hasValue();
        if (xEmpty || yEmpty) {
            return xEmpty == yEmpty;
        }
        return x.unknown() == y.unknown() && Objects.equals(x.value(), y.value());
    }

    /** How an answer reads, or {@code null} when there is none. */
    public static Shown shown(FormDefinition def, String itemId, Answer a) {
        if (a == null || !a.unknown() && !a.hasValue()) {
            return null;
        }
        if (a.unknown()) {
            return new Shown(null, List.of(), true);
        }
        Item item = def.item(itemId).orElse(null);
        List<FormDefinition.Choice> choices = item == null ? List.of() : "rating".equals(item.type())
                ? def.scale(item.scale()).map(FormDefinition.Scale::levels).orElse(List.of()) : item.options();
        List<Map<String, String>> labels = new ArrayList<>();
        List<?> values = a.value() instanceof List<?> many ? many : List.of(a.value());
        for (Object v : values) {
            choices.stream().filter(c -> c.value().equals(String.valueOf(v))).findFirst()
                    .ifPresent(c -> labels.add(c.label()));
        }
        return new Shown(a.value(), labels, false);
    }
}
