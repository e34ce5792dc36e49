package no.mentorkit.assessment.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/**
 * Two raters' blind assessments side by side, for their reconciliation: item by item whether they agree, the share
 * of items they agree on, and Cohen's kappa over the rating items both rated (agreement beyond chance).
 */
public final class Agreement {

    public record ItemComparison(String item, Map<String, String> label, Timeline.Shown first, Timeline.Shown second,
            boolean agree) {
    }

    /**
     * @param agreement share of compared items with the same answer, 0 to 1
     * @param kappa Cohen's kappa over rating items with a value from both raters; {@code null} when undefined
     */
    public record Result(long firstId, long secondId, int compared, double agreement, Double kappa,
            List<ItemComparison> items) {
    }

    private Agreement() {
    }

    public static Result compare(FormDefinition form, long firstId, Map<String, Answer> first, long secondId,
            Map<String, Answer> second) {
        List<ItemComparison> items = new ArrayList<>();
        int agree = 0;
        List<String[]> ratingPairs = new ArrayList<>();
        for (Item item : form.items().filter(Item::answerable).toList()) {
            Answer a = first.get(item.id());
            Answer b = second.get(item.id());
            if (a == null && b == null) {
                continue;
            }
            boolean same = Timeline.same(a, b);
            agree += same ? 1 : 0;
            items.add(new ItemComparison(item.id(), item.label(), Timeline.shown(form, item.id(), a),
                    Timeline.shown(form, item.id(), b), same));
            if ("rating".equals(item.type()) && a != null && b != null && a.hasValue() && b.hasValue()
                    && !a.unknown() && !b.unknown()) {
                ratingPairs.add(new String[] {String.valueOf(a.value()), String.valueOf(b.value())});
            }
        }
        double share = items.isEmpty() ? 1.0 : (double) agree / items.size();
        return new Result(firstId, secondId, items.size(), share, kappa(ratingPairs), items);
    }

    /** Cohen's kappa for two raters over paired categorical ratings. */
    static Double kappa(List<String[]> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        int n = pairs.size();
        int observed = 0;
        Map<String, Integer> byFirst = new HashMap<>();
        Map<String, Integer> bySecond = new HashMap<>();
        for (String[] p : pairs) {
            observed += p[0].equals(p[1]) ? 1 : 0;
            byFirst.merge(p[0], 1, Integer::sum);
            bySecond.merge(p[1], 1, Integer::sum);
        }
        double po = (double) observed / n;
        double pe = 0;
        for (Map.Entry<String, Integer> e : byFirst.entrySet()) {
            pe += (e.getValue() / (double) n) * (bySecond.getOrDefault(e.getKey(), 0) / (double) n);
        }
        return pe >= 1.0 ? null : (po - pe) / (1 - pe);
    }
}
