package no.mentorkit.forms.internal.model;

import java.io.IOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.LintError;
import no.mentorkit.platform.Languages;
import no.mentorkit.platform.json.Json;

/**
 * Checks a definition before it is deployed and refuses it with every reason at once: JSON Schema violations
 * (the rules of {@code form-definition.schema.json}, enforced here so each error carries a precise JSON path),
 * duplicate ids, conditions on unknown items, cyclic conditions, scales without levels and missing translations.
 * Stateless and thread-safe.
 */
public final class FormLinter {

    /** The languages every label must have. */
    public static final List<String> LANGUAGES = Languages.ALL;

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "id", "version", "kind", "title", "description",
            "training", "reassessEvery", "scales", "sections", "scoring", "judgement", "checklist");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "description", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "type", "label", "help", "text", "required",
            "allowUnknown", "evidence", "protective", "visibleWhen", "scale", "options", "min", "max", "pattern");
    private static final Set<String> CHOICE_KEYS = Set.of("value", "label");

    /**
     * The platform's mapper, stricter on duplicate keys (a definition with two values for one key is ambiguous),
     * leaving unknown keys to the linter's own checks, which name every one at once, and reading an item's optional
     * flags (e.g. {@code formulationRequired}) left out as false.
     */
    static final ObjectMapper JSON = Json.mapper().copy()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The outcome: the definition when there are no errors, else {@code null} and the errors. */
    public record Result(FormDefinition definition, JsonNode tree, List<LintError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private FormLinter() {
    }

    public static Result lint(String file, byte[] content) {
        JsonNode tree;
        try {
            tree = JSON.readTree(content);
        } catch (JsonParseException e) {
            return refused(file, "$", "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().replaceAll(" \\(start marker at .*", ""));
        } catch (IOException e) {
            return refused(file, "$", "not readable as JSON: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return refused(file, "$", "the file is empty");
        }
        Check c = new Check(file);
        c.root(tree);
        if (!c.errors.isEmpty()) {
            return new Result(null, tree, List.copyOf(c.errors));
        }
        try {
            return new Result(JSON.treeToValue(tree, FormDefinition.class), tree, List.of());
        } catch (IOException e) {
            return refused(file, "$", "does not match the form model: " + e.getMessage());
        }
    }

    private static Result refused(String file, String path, String reason) {
        return new Result(null, null, List.of(new LintError(file, path, reason)));
    }

    /** One pass over one tree, collecting errors. */
    private static final class Check {
        final String file;
        final List<LintError> errors = new ArrayList<>();
        final Map<String, String> itemTypes = new LinkedHashMap<>();
        final Map<String, String> itemPaths = new HashMap<>();
        final Set<String> scaleIds = new HashSet<>();
        /** Item id → ids its visibility depends on, with the path of each reference. */
        final Map<String, Map<String, String>> dependsOn = new LinkedHashMap<>();

        Check(String file) {
            this.file = file;
        }

        void error(String path, String reason) {
            errors.add(new LintError(file, path, reason));
        }

        void root(JsonNode root) {
            if (!root.isObject()) {
                error("$", "must be a JSON object");
                return;
            }
            keys(root, "$", ROOT_KEYS);
            String id = text(root, "$", "id", true);
            if (id != null && !ID.matcher(id).matches()) {
                error("$.id", "must be 2 to 64 of a-z, 0-9 and '-', starting with a letter");
            }
            String version = text(root, "$", "version", true);
            if (version != null && !SemVer.valid(version)) {
                error("$.version", "must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0");
            }
            String kind = text(root, "$", "kind", true);
            if (kind != null && !kind.equals(FormDefinition.ASSESSMENT) && !kind.equals(FormDefinition.CHECKLIST)) {
                error("$.kind", "must be 'assessment' or 'checklist'");
            }
            localized(root, "$", "title", true);
            localized(root, "$", "description", false);
            String training = text(root, "$", "training", false);
            if (training != null && !ID.matcher(training).matches()) {
                error("$.training", "must be a training key of 2 to 64 of a-z, 0-9 and '-'");
            }
            String every = text(root, "$", "reassessEvery", false);
            if (every != null) {
                try {
                    Period p = Period.parse(every);
                    if (p.isNegative() || p.isZero()) {
                        error("$.reassessEvery", "must be a positive period");
                    }
                } catch (DateTimeParseException e) {
                    error("$.reassessEvery", "must be an ISO-8601 period such as P3M or P6W");
                }
            }
            scales(root.get("scales"));
            sections(root.get("sections"));
            conditions(root.get("sections"));
            cycles();
            scoring(root.get("scoring"));
            judgement(root.get("judgement"));
            checklist(root.get("checklist"), kind);
        }

        void checklist(JsonNode checklist, String kind) {
            if (checklist == null) {
                return;
            }
            if (kind != null && !FormDefinition.CHECKLIST.equals(kind)) {
                error("$.checklist", "only a form of kind 'checklist' may have a checklist block");
                return;
            }
            if (!object(checklist, "$.checklist")) {
                return;
            }
            keys(checklist, "$.checklist", Set.of("appliesTo", "stage"));
            oneOf(checklist, "$.checklist", "appliesTo", FormDefinition.Checklist.APPLIES_TO);
            oneOf(checklist, "$.checklist", "stage", FormDefinition.Checklist.STAGES);
        }

        void oneOf(JsonNode node, String path, String key, Set<String> allowed) {
            String value = text(node, path, key, true);
            if (value != null && !allowed.contains(value)) {
                error(path + "." + key, "must be one of " + new TreeSet<>(allowed));
            }
        }

        void scales(JsonNode scales) {
            if (scales == null) {
                return;
            }
            if (!scales.isArray()) {
                error("$.scales", "must be an array");
                return;
            }
            for (int i = 0; i < scales.size(); i++) {
                String path = "$.scales[" + i + "]";
                JsonNode s = scales.get(i);
                if (!object(s, path)) {
                    continue;
                }
                keys(s, path, Set.of("id", "levels"));
                String id = text(s, path, "id", true);
                if (id != null && !scaleIds.add(id)) {
                    error(path + ".id", "duplicate scale id '" + id + "'");
                }
                JsonNode levels = s.get("levels");
                if (levels == null || !levels.isArray() || levels.isEmpty()) {
                    error(path + ".levels", "a scale needs at least one level");
                    continue;
                }
                choices(levels, path + ".levels", "level");
            }
        }

        void choices(JsonNode list, String path, String what) {
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < list.size(); j++) {
                String p = path + "[" + j + "]";
                JsonNode c = list.get(j);
                if (!object(c, p)) {
                    continue;
                }
                keys(c, p, CHOICE_KEYS);
                String value = text(c, p, "value", true);
                if (value != null && !seen.add(value)) {
                    error(p + ".value", "duplicate " + what + " value '" + value + "'");
                }
                localized(c, p, "label", true);
            }
        }

        void sections(JsonNode sections) {
            if (sections == null || !sections.isArray() || sections.isEmpty()) {
                error("$.sections", "must be an array of at least one section");
                return;
            }
            Set<String> sectionIds = new HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                String path = "$.sections[" + i + "]";
                JsonNode s = sections.get(i);
                if (!object(s, path)) {
                    continue;
                }
                keys(s, path, SECTION_KEYS);
                String id = text(s, path, "id", true);
                if (id != null && !sectionIds.add(id)) {
                    error(path + ".id", "duplicate section id '" + id + "'");
                }
                localized(s, path, "title", true);
                localized(s, path, "description", false);
                JsonNode items = s.get("items");
                if (items == null || !items.isArray() || items.isEmpty()) {
                    error(path + ".items", "must be an array of at least one item");
                    continue;
                }
                for (int j = 0; j < items.size(); j++) {
                    item(items.get(j), path + ".items[" + j + "]");
                }
            }
        }

        void item(JsonNode item, String path) {
            if (!object(item, path)) {
                return;
            }
            keys(item, path, ITEM_KEYS);
            String id = text(item, path, "id", true);
            String type = text(item, path, "type", true);
            if (id != null) {
                if (!ITEM_ID.matcher(id).matches()) {
                    error(path + ".id", "must be 1 to 64 of letters, digits, '_' and '-', starting with a letter");
                } else if (itemTypes.containsKey(id)) {
                    error(path + ".id", "duplicate item id '" + id + "' (first at " + itemPaths.get(id) + ")");
                } else {
                    itemTypes.put(id, type == null ? "" : type);
                    itemPaths.put(id, path);
                }
            }
            if (type != null && !Item.TYPES.contains(type)) {
                error(path + ".type", "unknown type '" + type + "'; known: " + String.join(", ", Item.TYPES.stream()
                        .sorted().toList()));
                return;
            }
            if ("display".equals(type)) {
                localized(item, path, "text", true);
                for (String flag : List.of("required", "allowUnknown", "evidence", "protective")) {
                    if (item.path(flag).asBoolean(false)) {
                        error(path + "." + flag, "a display item takes no answer");
                    }
                }
            } else {
                localized(item, path, "label", true);
            }
            localized(item, path, "help", false);
            for (String flag : List.of("required", "allowUnknown", "evidence", "protective")) {
                if (item.has(flag) && !item.get(flag).isBoolean()) {
                    error(path + "." + flag, "must be true or false");
                }
            }
            onlyFor(item, path, type, "scale", "rating");
            onlyFor(item, path, type, "options", "single", "multi");
            onlyFor(item, path, type, "min", "number");
            onlyFor(item, path, type, "max", "number");
            onlyFor(item, path, type, "pattern", "text", "longtext");
            if ("rating".equals(type)) {
                String scale = text(item, path, "scale", true);
                if (scale != null && !scaleIds.contains(scale)) {
                    error(path + ".scale", "no scale with id '" + scale + "' in $.scales");
                }
            }
            if ("single".equals(type) || "multi".equals(type)) {
                JsonNode options = item.get("options");
                if (options == null || !options.isArray() || options.isEmpty()) {
                    error(path + ".options", "a choice item needs at least one option");
                } else {
                    choices(options, path + ".options", "option");
                }
            }
            if ("number".equals(type)) {
                for (String bound : List.of("min", "max")) {
                    if (item.has(bound) && !item.get(bound).isNumber()) {
                        error(path + "." + bound, "must be a number");
                    }
                }
                if (item.path("min").isNumber() && item.path("max").isNumber()
                        && item.get("min").asDouble() > item.get("max").asDouble()) {
                    error(path + ".max", "must not be below min");
                }
            }
            String pattern = text(item, path, "pattern", false);
            if (pattern != null) {
                String problem = FormPatterns.problem(pattern);
                if (problem != null) {
                    error(path + ".pattern", problem);
                }
            }
        }

        void onlyFor(JsonNode item, String path, String type, String key, String... types) {
            if (item.has(key) && type != null && !List.of(types).contains(type)) {
                error(path + "." + key, "'" + key + "' applies only to items of type " + String.join(", ", types));
            }
        }

        /** Second pass, once every item id is known: each condition's references and shape. */
        void conditions(JsonNode sections) {
            if (sections == null || !sections.isArray()) {
                return;
            }
            for (int i = 0; i < sections.size(); i++) {
                JsonNode items = sections.get(i).path("items");
                for (int j = 0; j < items.size(); j++) {
                    JsonNode item = items.get(j);
                    JsonNode when = item.get("visibleWhen");
                    if (when == null) {
                        continue;
                    }
                    String owner = item.path("id").asText("");
                    Map<String, String> refs = dependsOn.computeIfAbsent(owner, k -> new LinkedHashMap<>());
                    String path = "$.sections[" + i + "].items[" + j + "].visibleWhen";
                    if (!when.isObject() || !(when.has("any") || when.has("all"))) {
                        error(path, "must be an object with 'any' or 'all'");
                        continue;
                    }
                    condition(when, path, owner, refs);
                }
            }
        }

        void condition(JsonNode c, String path, String owner, Map<String, String> refs) {
            if (!object(c, path)) {
                return;
            }
            if (c.has("any") || c.has("all")) {
                keys(c, path, Set.of("any", "all"));
                if (c.has("any") && c.has("all")) {
                    error(path, "use either 'any' or 'all', not both; nest one inside the other");
                }
                String key = c.has("any") ? "any" : "all";
                JsonNode list = c.get(key);
                if (!list.isArray() || list.isEmpty()) {
                    error(path + "." + key, "must be an array of at least one condition");
                    return;
                }
                for (int k = 0; k < list.size(); k++) {
                    condition(list.get(k), path + "." + key + "[" + k + "]", owner, refs);
                }
                return;
            }
            keys(c, path, Set.of("item", "equals", "in", "answered"));
            String ref = text(c, path, "item", true);
            int tests = (c.has("equals") ? 1 : 0) + (c.has("in") ? 1 : 0) + (c.has("answered") ? 1 : 0);
            if (tests != 1) {
                error(path, "a condition needs exactly one of 'equals', 'in' or 'answered'");
            }
            if (c.has("in") && (!c.get("in").isArray() || c.get("in").isEmpty())) {
                error(path + ".in", "must be an array of at least one value");
            }
            if (c.has("answered") && !c.get("answered").isBoolean()) {
                error(path + ".answered", "must be true or false");
            }
            if (ref == null) {
                return;
            }
            String type = itemTypes.get(ref);
            if (type == null) {
                error(path + ".item", "condition refers to unknown item \"" + ref + "\"");
            } else if ("display".equals(type)) {
                error(path + ".item", "condition on display item '" + ref + "', which has no answer");
            } else if (ref.equals(owner)) {
                error(path + ".item", "cyclic condition: item '" + owner + "' depends on itself");
            } else {
                refs.putIfAbsent(ref, path + ".item");
            }
        }

        /** Reports each cycle of visibility dependencies once, at the reference that closes it. */
        void cycles() {
            Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
            for (String start : dependsOn.keySet()) {
                visit(start, state, new ArrayList<>());
            }
        }

        void visit(String node, Map<String, Integer> state, List<String> trail) {
            Integer s = state.get(node);
            if (s != null && s == 2) {
                return;
            }
            state.put(node, 1);
            trail.add(node);
            for (Map.Entry<String, String> ref : dependsOn.getOrDefault(node, Map.of()).entrySet()) {
                Integer t = state.get(ref.getKey());
                if (t != null && t == 1) {
                    List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(ref.getKey()), trail.size()));
                    cycle.add(ref.getKey());
                    error(ref.getValue(), "cyclic condition: " + String.join(" -> ", cycle));
                } else {
                    visit(ref.getKey(), state, trail);
                }
            }
            trail.remove(trail.size() - 1);
            state.put(node, 2);
        }

        void scoring(JsonNode scoring) {
            if (scoring == null) {
                return;
            }
            if (!object(scoring, "$.scoring")) {
                return;
            }
            keys(scoring, "$.scoring", Set.of("weights", "levelScores", "thresholds"));
            JsonNode weights = scoring.get("weights");
            if (weights == null || !weights.isObject() || weights.isEmpty()) {
                error("$.scoring.weights", "scoring needs weights for at least one item");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> w = it.next();
                    String type = itemTypes.get(w.getKey());
                    if (type == null) {
                        error("$.scoring.weights." + w.getKey(), "weight for unknown item '" + w.getKey() + "'");
                    } else if (!Set.of("rating", "yesno", "number").contains(type)) {
                        error("$.scoring.weights." + w.getKey(), "only rating, yesno and number items can be scored");
                    }
                    if (!w.getValue().isNumber()) {
                        error("$.scoring.weights." + w.getKey(), "must be a number");
                    }
                }
            }
            JsonNode levelScores = scoring.get("levelScores");
            if (levelScores != null) {
                if (!levelScores.isObject()) {
                    error("$.scoring.levelScores", "must be an object of level value to number");
                } else {
                    levelScores.fields().forEachRemaining(e -> {
                        if (!e.getValue().isNumber()) {
                            error("$.scoring.levelScores." + e.getKey(), "must be a number");
                        }
                    });
                }
            }
            JsonNode thresholds = scoring.get("thresholds");
            if (thresholds != null) {
                if (!thresholds.isArray()) {
                    error("$.scoring.thresholds", "must be an array");
                    return;
                }
                for (int i = 0; i < thresholds.size(); i++) {
                    String p = "$.scoring.thresholds[" + i + "]";
                    JsonNode t = thresholds.get(i);
                    if (!object(t, p)) {
                        continue;
                    }
                    keys(t, p, Set.of("min", "label"));
                    if (!t.path("min").isNumber()) {
                        error(p + ".min", "must be a number");
                    }
                    localized(t, p, "label", true);
                }
            }
        }

        void judgement(JsonNode judgement) {
            if (judgement == null || !object(judgement, "$.judgement")) {
                return;
            }
            keys(judgement, "$.judgement", Set.of("levels", "formulationRequired"));
            JsonNode levels = judgement.get("levels");
            if (levels == null || !levels.isArray() || levels.isEmpty()) {
                error("$.judgement.levels", "a final judgement needs at least one level");
            } else {
                choices(levels, "$.judgement.levels", "judgement level");
            }
            if (judgement.has("formulationRequired") && !judgement.get("formulationRequired").isBoolean()) {
                error("$.judgement.formulationRequired", "must be true or false");
            }
        }

        // --- small shape checks ---

        boolean object(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                error(path, "must be a JSON object");
                return false;
            }
            return true;
        }

        void keys(JsonNode node, String path, Set<String> allowed) {
            node.fieldNames().forEachRemaining(k -> {
                if (!allowed.contains(k)) {
                    error(path + "." + k, "unknown property '" + k + "'");
                }
            });
        }

        String text(JsonNode node, String path, String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    error(path + "." + key, "is required");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                error(path + "." + key, "must be a non-empty string");
                return null;
            }
            return v.asText();
        }

        /** A {nb, nn, en} text: every language present and non-blank, nothing else. */
        void localized(JsonNode node, String path, String key, boolean required) {
            JsonNode v = node.get(key);
            String p = path + "." + key;
            if (v == null) {
                if (required) {
                    error(p, "is required (with nb, nn and en)");
                }
                return;
            }
            if (!v.isObject()) {
                error(p, "must be an object with texts for nb, nn and en");
                return;
            }
            for (String lang : LANGUAGES) {
                JsonNode t = v.get(lang);
                if (t == null || !t.isTextual() || t.asText().isBlank()) {
                    error(p + "." + lang, "missing translation '" + lang + "'");
                }
            }
            keys(v, p, Set.copyOf(LANGUAGES));
        }
    }
}
