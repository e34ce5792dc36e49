package no.mentorkit.forms.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.AnswerError;
import no.mentorkit.forms.Condition;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRules;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.internal.model.FormPatterns;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.rest.TextRules;

/**
 * What a filled-in form means: which items are visible, whether the answers are acceptable, and the score where
 * the form defines one. The browser renderer ({@code /ui/forms/renderer.js}) mirrors {@link #visibleItems}; the
 * server's answer is the one that counts.
 *
 * <p>Visibility: an item without {@code visibleWhen} is visible; otherwise its condition must hold, where a
 * clause on a hidden item never holds (so conditions chain: hiding an item hides what depends on it).
 * {@code equals} on a multiple-choice answer holds when the value is among those chosen; {@code in} holds when
 * the answer (or any chosen value) is in the list; {@code answered: true} holds for an item with a value or
 * marked unknown.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    /** Ids of the visible items (display items included), in form order. */
    public static Set<String> visibleItems(FormDefinition form, Map<String, Answer> answers) {
        Map<String, Boolean> memo = new HashMap<>();
        Set<String> visible = new LinkedHashSet<>();
        form.items().forEach(i -> {
            if (visible(form, i.id(), answers, memo)) {
                visible.add(i.id());
            }
        });
        return visible;
    }

    private static boolean visible(FormDefinition form, String itemId, Map<String, Answer> answers,
            Map<String, Boolean> memo) {
        Boolean known = memo.get(itemId);
        if (known != null) {
            return known;
        }
        memo.put(itemId, false); // a cycle (refused by the linter) must not recurse forever
        Item item = form.item(itemId).orElse(null);
        boolean result = item != null
                && (item.visibleWhen() == null || holds(form, item.visibleWhen(), answers, memo));
        memo.put(itemId, result);
        return result;
    }

    private static boolean holds(FormDefinition form, Condition c, Map<String, Answer> answers,
            Map<String, Boolean> memo) {
        if (c.any() != null) {
            return c.any().stream().anyMatch(x -> holds(form, x, answers, memo));
        }
        if (c.all() != null) {
            return c.all().stream().allMatch(x -> holds(form, x, answers, memo));
        }
        if (c.item() == null || !visible(form, c.item(), answers, memo)) {
            return false;
        }
        Answer a = answers.get(c.item());
        if (c.answered() != null) {
            boolean answered = a != null && (a.unknown() || a.hasValue());
            return answered == c.answered();
        }
        if (a == null || a.unknown() || !a.hasValue()) {
            return false;
        }
        if (c.equalTo() != null) {
            return matches(tree(a.value()), tree(c.equalTo()));
        }
        return c.in() != null && c.in().stream().anyMatch(v -> matches(tree(a.value()), tree(v)));
    }

    /** An answer's plain value as a JSON tree, the form the checks below read. */
    static JsonNode tree(Object value) {
        return value == null ? NullNode.getInstance() : Json.mapper().valueToTree(value);
    }

    /** Equality of JSON values, with numbers compared by value and a list matching any of its elements. */
    static boolean matches(JsonNode answer, JsonNode expected) {
        if (answer.isArray()) {
            for (JsonNode element : answer) {
                if (matches(element, expected)) {
                    return true;
                }
            }
            return false;
        }
        if (answer.isNumber() && expected.isNumber()) {
            return answer.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return answer.equals(expected);
    }

    /**
     * Checks answers. A draft ({@code complete = false}) is checked for well-formed values only; a submission also
     * needs every visible required item answered (or marked unknown with a reason where allowed) and, for a form
     * with a final judgement, its level and formulation. Answers to hidden items are not checked.
     */
    public static List<AnswerError> validate(FormDefinition form, Map<String, Answer> answers,
            FinalJudgement judgement, boolean complete) {
        List<AnswerError> errors = new ArrayList<>();
        Set<String> visible = visibleItems(form, answers);
        for (String id : answers.keySet()) {
            Optional<Item> item = form.item(id);
            if (item.isEmpty() || !item.get().answerable()) {
                errors.add(new AnswerError("answers." + id, "no such item in this form"));
            }
        }
        form.items().filter(Item::answerable).filter(i -> visible.contains(i.id())).forEach(item -> {
            String field = "answers." + item.id();
            Answer a = answers.get(item.id());
            if (a != null && a.unknown()) {
                if (!item.allowUnknown()) {
                    errors.add(new AnswerError(field, "this item cannot be left unknown"));
                } else if (complete && (a.reason() == null || a.reason().isBlank())) {
                    errors.add(new AnswerError(field, "give the reason it is unknown"));
                }
                return;
            }
            if (a == null || !a.hasValue()) {
                if (complete && item.required()) {
                    errors.add(new AnswerError(field, item.allowUnknown()
                            ? "is required (or mark it unknown with a reason)" : "is required"));
                }
                return;
            }
            String problem = valueProblem(form, item, tree(a.value()));
            if (problem != null) {
                errors.add(new AnswerError(field, problem));
            }
        });
        if (complete && form.judgement() != null) {
            FormDefinition.Judgement j = form.judgement();
            String level = judgement == null ? null : judgement.level();
            if (level == null || level.isBlank()) {
                errors.add(new AnswerError("judgement.level", "the final judgement is required"));
            } else if (j.levels().stream().noneMatch(l -> l.value().equals(level))) {
                errors.add(new AnswerError("judgement.level", "unknown level '" + level + "'"));
            }
            if (j.formulationRequired() && (judgement == null || judgement.formulation() == null
                    || judgement.formulation().isBlank())) {
                errors.add(new AnswerError("judgement.formulation", "write the reasons for the judgement"));
            }
        }
        return errors;
    }

    private static String valueProblem(FormDefinition form, Item item, JsonNode v) {
        switch (item.type()) {
            case "text", "longtext" -> {
                if (!v.isTextual()) {
                    return "must be text";
                }
                if (v.asText().length() > 20_000) {
                    return "must be at most 20000 characters";
                }
                if (item.pattern() != null && !FormPatterns.matches(item.pattern(), v.asText())) {
                    return "does not have the expected format";
                }
            }
            case "number" -> {
                if (!v.isNumber()) {
                    return "must be a number";
                }
                if (item.min() != null && v.asDouble() < item.min()) {
                    return "must be at least " + plain(item.min());
                }
                if (item.max() != null && v.asDouble() > item.max()) {
                    return "must be at most " + plain(item.max());
                }
            }
            case "date" -> {
                try {
                    if (!TextRules.saneDate(LocalDate.parse(v.asText()))) {
                        return TextRules.dateRangeMessage();
                    }
                } catch (DateTimeParseException e) {
                    return "must be a date (YYYY-MM-DD)";
                }
                if (!v.isTextual()) {
                    return "must be a date (YYYY-MM-DD)";
                }
            }
            case "yesno" -> {
                if (!v.isBoolean()) {
                    return "must be true or false";
                }
            }
            case "single" -> {
                if (!v.isTextual() || item.options().stream().noneMatch(o -> o.value().equals(v.asText()))) {
                    return "must be one of the options";
                }
            }
            case "multi" -> {
                if (!v.isArray()) {
                    return "must be a list of options";
                }
                for (JsonNode e : v) {
                    if (!e.isTextual() || item.options().stream().noneMatch(o -> o.value().equals(e.asText()))) {
                        return "'" + e.asText() + "' is not one of the options";
                    }
                }
            }
            case "rating" -> {
                var scale = form.scale(item.scale());
                if (!v.isTextual() || scale.isEmpty()
                        || scale.get().levels().stream().noneMatch(l -> l.value().equals(v.asText()))) {
                    return "must be one of the levels of the scale";
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * The score, only for a form that defines scoring: the weighted sum over visible, answered, scored items
     * (a rating counts its level's score, yes counts 1, a number its value; unknown counts nothing). Never a
     * judgement: an SPJ form's final judgement is the assessor's.
     */
    public static Optional<FormRules.Score> score(FormDefinition form, Map<String, Answer> answers) {
        if (form.scoring() == null) {
            return Optional.empty();
        }
        Set<String> visible = visibleItems(form, answers);
        double total = 0;
        for (Map.Entry<String, Double> w : form.scoring().weights().entrySet()) {
            Answer a = answers.get(w.getKey());
            Item item = form.item(w.getKey()).orElse(null);
            if (item == null || a == null || a.unknown() || !a.hasValue() || !visible.contains(item.id())) {
                continue;
            }
            double points = switch (item.type()) {
                case "rating" -> form.scoring().levelScores().getOrDefault(tree(a.value()).asText(), 0.0);
                case "yesno" -> tree(a.value()).asBoolean() ? 1 : 0;
                case "number" -> tree(a.value()).asDouble();
                default -> 0;
            };
            total += w.getValue() * points;
        }
        Map<String, String> band = null;
        double best = Double.NEGATIVE_INFINITY;
        for (FormDefinition.Threshold t : form.scoring().thresholds()) {
            if (t.min() <= total && t.min() >= best) {
                best = t.min();
                band = t.label();
            }
        }
        return Optional.of(new FormRules.Score(total, band));
    }
}
