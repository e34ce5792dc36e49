package no.mentorkit.forms.internal.model.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import no.mentorkit.forms.Condition;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.LintError;
import no.mentorkit.forms.internal.model.FormLinter;
import no.mentorkit.platform.json.Json;

/**
 * A FHIR R4 Questionnaire as a Mentorkit form definition, for the linter and life cycle native forms go through.
 * Whatever Mentorkit cannot represent is refused with its FHIR path and the reason, never dropped: unknown
 * elements, extensions and modifier extensions, item types, value sets, initial values, read-only items,
 * enableWhen operators other than {@code =} and {@code exists}, nested groups. A Questionnaire without Mentorkit's
 * own extensions becomes an assessment form; questions outside any group become a section of their own.
 */
public final class QuestionnaireImport {

    /** File names the importer takes. */
    public static final String SUFFIX = ".questionnaire.json";

    /**
     * The outcome: the definition as Mentorkit JSON when nothing was refused, and where each part came from so
     * the linter's findings can name the FHIR path.
     */
    public record Result(byte[] definition, String id, String version, List<LintError> errors,
            Map<String, String> fhirPaths) {

        public boolean ok() {
            return errors.isEmpty();
        }

        /** A linter finding on the converted definition, named by the FHIR path it came from. */
        public LintError fhir(LintError e) {
            String best = "";
            for (String nativePath : fhirPaths.keySet()) {
                if (e.path().startsWith(nativePath) && nativePath.length() > best.length()) {
                    best = nativePath;
                }
            }
            String path = best.isEmpty() ? "Questionnaire" : fhirPaths.get(best);
            String rest = e.path().substring(best.isEmpty() ? Math.min(1, e.path().length()) : best.length());
            return new LintError(e.file(), path + (rest.isEmpty() ? "" : " (" + rest.replaceFirst("^\\.", "")
                    + ")"), e.reason());
        }
    }

    private static final Set<String> OWN = Set.of(QuestionnaireExport.FORM, QuestionnaireExport.SCALE,
            QuestionnaireExport.ALLOW_UNKNOWN, QuestionnaireExport.EVIDENCE, QuestionnaireExport.PROTECTIVE,
            QuestionnaireExport.VISIBLE_WHEN, QuestionnaireExport.DESCRIPTION, Fhir.MIN_VALUE, Fhir.MAX_VALUE,
            Fhir.REGEX, Fhir.ENABLE_WHEN_EXPRESSION, Fhir.ITEM_CONTROL);

    private final String file;
    private final List<LintError> errors = new ArrayList<>();
    private final Map<String, String> paths = new HashMap<>();
    private final ObjectMapper json = Json.mapper();
    private String language = FhirTexts.BASE;

    private QuestionnaireImport(String file) {
        this.file = file;
    }

    /**
     * Lints a file as the deploy folder and upload take it: a {@code *.questionnaire.json} is converted first and
     * the linter's findings are named by FHIR path; any other file is linted as it is.
     */
    public static FormLinter.Result lint(String file, byte[] content) {
        if (!file.endsWith(SUFFIX)) {
            return FormLinter.lint(file, content);
        }
        Result fhir = read(file, content);
        if (!fhir.ok()) {
            return new FormLinter.Result(null, null, fhir.errors());
        }
        FormLinter.Result lint = FormLinter.lint(file, fhir.definition());
        return lint.ok() ? lint
                : new FormLinter.Result(null, lint.tree(), lint.errors().stream().map(fhir::fhir).toList());
    }

    public static Result read(String file, byte[] content) {
        return new QuestionnaireImport(file).convert(new String(content, StandardCharsets.UTF_8));
    }

    private Result convert(String text) {
        Questionnaire q;
        try {
            IParser parser = Fhir.json().setParserErrorHandler(new StrictErrorHandler());
            q = parser.parseResource(Questionnaire.class, text);
        } catch (DataFormatException | ClassCastException e) {
            refuse("Questionnaire", "not a FHIR R4 Questionnaire: " + e.getMessage());
            return result(null, null, null);
        } catch (RuntimeException e) {
            // HAPI's parser fails on some malformed JSON (an empty property name) with index errors of its own.
            refuse("Questionnaire", "not readable as a FHIR R4 Questionnaire (" + e.getClass().getSimpleName() + ")");
            return result(null, null, null);
        }
        language = FhirTexts.language(q.getLanguage());
        Map<String, Object> def = new LinkedHashMap<>();
        String id = formId(q);
        String version = q.hasVersion() ? q.getVersion() : null;
        if (version == null) {
            refuse("Questionnaire.version", "Mentorkit needs a version (MAJOR.MINOR.PATCH, e.g. 1.0.0)");
        }
        def.put("id", id);
        def.put("version", version);
        def.put("kind", FormDefinition.ASSESSMENT);
        def.put("title", texts(q.getTitleElement(), "Questionnaire.title"));
        def.put("description", texts(q.getDescriptionElement(), "Questionnaire.description"));
        modifiers(q.getModifierExtension(), "Questionnaire");
        for (Extension e : q.getExtension()) {
            if (QuestionnaireExport.FORM.equals(e.getUrl())) {
                extras(string(e, "Questionnaire.extension('" + e.getUrl() + "')"), def);
            } else {
                refuse("Questionnaire.extension('" + e.getUrl() + "')", "this extension is not supported");
            }
        }
        def.put("sections", sections(q));
        def.values().removeIf(v -> v == null);
        if (!errors.isEmpty()) {
            return result(null, id, version);
        }
        try {
            return result(json.writeValueAsBytes(def), id, version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("converted form cannot be written as JSON", e);
        }
    }

    private Result result(byte[] definition, String id, String version) {
        return new Result(definition, id, version, List.copyOf(errors), Map.copyOf(paths));
    }

    private void refuse(String path, String reason) {
        errors.add(new LintError(file, path, reason));
    }

    private static String formId(Questionnaire q) {
        if (q.getIdElement().hasIdPart()) {
            return q.getIdElement().getIdPart();
        }
        if (q.hasUrl()) {
            return q.getUrl().replaceAll(".*/", "");
        }
        return q.hasName() ? q.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") : null;
    }

    /** The form-level parts Mentorkit's own export put in its extension. */
    private void extras(String text, Map<String, Object> def) {
        if (text == null) {
            return;
        }
        try {
            JsonNode extras = json.readTree(text);
            if (extras != null && extras.isObject()) {
                extras.fields().forEachRemaining(f -> def.put(f.getKey(), f.getValue()));
                return;
            }
        } catch (JsonProcessingException e) {
            // refused below
        }
        refuse("Questionnaire.extension('" + QuestionnaireExport.FORM + "')", "not a JSON object");
    }

    private List<Map<String, Object>> sections(Questionnaire q) {
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> loose = null;
        for (int n = 0; n < q.getItem().size(); n++) {
            QuestionnaireItemComponent it = q.getItem().get(n);
            String path = "Questionnaire.item[" + n + "]";
            if (it.getType() == QuestionnaireItemType.GROUP) {
                loose = null;
                sections.add(section(it, path, sections.size()));
            } else {
                if (loose == null) {
                    // Questions outside a group: a section of their own, titled as the form.
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("id", "section-" + (sections.size() + 1));
                    s.put("title", texts(q.getTitleElement(), "Questionnaire.title"));
                    loose = new ArrayList<>();
                    s.put("items", loose);
                    sections.add(s);
                }
                int sectionIndex = sections.size() - 1;
                paths.put("$.sections[" + sectionIndex + "].items[" + loose.size() + "]", path);
                loose.add(item(it, path));
            }
        }
        return sections;
    }

    private Map<String, Object> section(QuestionnaireItemComponent group, String path, int index) {
        paths.put("$.sections[" + index + "]", path);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", group.getLinkId());
        s.put("title", texts(group.getTextElement(), path + ".text"));
        if (group.hasEnableWhen() || group.getRequired() || group.getRepeats()) {
            refuse(path, "a group is a section in Mentorkit; sections cannot be conditional, required or repeat");
        }
        modifiers(group.getModifierExtension(), path);
        for (Extension e : group.getExtension()) {
            String at = path + ".extension('" + e.getUrl() + "')";
            if (QuestionnaireExport.DESCRIPTION.equals(e.getUrl()) && e.getValue() instanceof StringType text) {
                s.put("description", texts(text, at));
            } else {
                refuse(at, "this extension is not supported on a group (or has the wrong kind of value)");
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = 0; n < group.getItem().size(); n++) {
            QuestionnaireItemComponent it = group.getItem().get(n);
            String itemPath = path + ".item[" + n + "]";
            if (it.getType() == QuestionnaireItemType.GROUP) {
                refuse(itemPath, "groups within groups: Mentorkit forms have one level of sections");
                continue;
            }
            paths.put("$.sections[" + index + "].items[" + items.size() + "]", itemPath);
            items.add(item(it, itemPath));
        }
        s.put("items", items);
        return s;
    }

    private Map<String, Object> item(QuestionnaireItemComponent it, String path) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", it.getLinkId());
        String scale = stringExtension(it, QuestionnaireExport.SCALE);
        String type = type(it, scale, path);
        i.put("type", type);
        i.put("display".equals(type) ? "text" : "label", texts(it.getTextElement(), path + ".text"));
        if (it.hasPrefix()) {
            refuse(path + ".prefix", "Mentorkit items have no prefix; put it in the text");
        }
        if (it.getRequired()) {
            i.put("required", true);
        }
        if (it.getRepeats() && !"multi".equals(type)) {
            refuse(path + ".repeats", "only choice items may repeat (as a multiple choice)");
        }
        unsupported(it, path);
        if (scale != null) {
            i.put("scale", scale);
        } else if (it.hasAnswerOption()) {
            i.put("options", options(it, path));
        }
        itemExtensions(it, i, path);
        help(it, i, path);
        if (it.hasEnableWhen()) {
            Condition condition = enableWhen(it, path);
            if (i.containsKey("visibleWhen")) {
                refuse(path + ".enableWhen", "given beside Mentorkit's own condition; keep one of them");
            } else {
                i.put("visibleWhen", condition);
            }
        }
        return i;
    }

    private String type(QuestionnaireItemComponent it, String scale, String path) {
        QuestionnaireItemType t = it.getType();
        if (t == null) {
            refuse(path + ".type", "missing");
            return null;
        }
        return switch (t) {
            case STRING -> "text";
            case TEXT -> "longtext";
            case DECIMAL -> "number";
            case DATE -> "date";
            case BOOLEAN -> "yesno";
            case DISPLAY -> "display";
            case CHOICE -> scale != null ? "rating" : it.getRepeats() ? "multi" : "single";
            default -> {
                refuse(path + ".type", "type '" + t.toCode() + "' has no Mentorkit counterpart (supported: string, "
                        + "text, decimal, date, boolean, choice, display, group)");
                yield null;
            }
        };
    }

    private void unsupported(QuestionnaireItemComponent it, String path) {
        modifiers(it.getModifierExtension(), path);
        if (it.hasAnswerValueSet()) {
            refuse(path + ".answerValueSet", "value sets are not resolved; list the options as answerOption");
        }
        if (it.hasInitial()) {
            refuse(path + ".initial", "Mentorkit forms have no initial answers");
        }
        if (it.getReadOnly()) {
            refuse(path + ".readOnly", "Mentorkit forms have no read-only items");
        }
        if (it.hasMaxLength()) {
            refuse(path + ".maxLength", "Mentorkit has no maximum length; use a regex pattern");
        }
        if (it.hasCode()) {
            refuse(path + ".code", "item codes (e.g. LOINC) are not kept by Mentorkit");
        }
        if (it.hasDefinition()) {
            refuse(path + ".definition", "item definitions are not kept by Mentorkit");
        }
    }

    private void modifiers(List<Extension> modifiers, String path) {
        for (Extension e : modifiers) {
            refuse(path + ".modifierExtension('" + e.getUrl() + "')", "modifier extensions change the meaning and "
                    + "are not supported");
        }
    }

    private List<Map<String, Object>> options(QuestionnaireItemComponent it, String path) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int n = 0; n < it.getAnswerOption().size(); n++) {
            QuestionnaireItemAnswerOptionComponent o = it.getAnswerOption().get(n);
            String optionPath = path + ".answerOption[" + n + "]";
            Map<String, Object> c = new LinkedHashMap<>();
            if (o.getValue() instanceof Coding coding && coding.hasCode()) {
                c.put("value", coding.getCode());
                Map<String, String> label = texts(coding.getDisplayElement(), optionPath + ".valueCoding.display");
                c.put("label", label == null ? Map.of(language, coding.getCode()) : label);
            } else if (o.getValue() instanceof StringType s) {
                c.put("value", s.getValue());
                c.put("label", texts(s, optionPath + ".valueString"));
            } else {
                refuse(optionPath, "only coded (valueCoding with a code) and text (valueString) options are supported");
            }
            if (o.hasInitialSelected() || o.hasExtension()) {
                refuse(optionPath, "initialSelected and option extensions are not supported");
            }
            options.add(c);
        }
        return options;
    }

    private void itemExtensions(QuestionnaireItemComponent it, Map<String, Object> i, String path) {
        for (Extension e : it.getExtension()) {
            String url = e.getUrl();
            String at = path + ".extension('" + url + "')";
            if (url.equals(QuestionnaireExport.ALLOW_UNKNOWN) || url.equals(QuestionnaireExport.EVIDENCE)
                    || url.equals(QuestionnaireExport.PROTECTIVE)) {
                if (e.getValue() instanceof BooleanType b) {
                    i.put(url.substring(Fhir.MENTORKIT.length()), b.booleanValue());
                } else {
                    refuse(at, "must be a boolean");
                }
            } else if (url.equals(Fhir.MIN_VALUE) || url.equals(Fhir.MAX_VALUE)) {
                i.put(url.equals(Fhir.MIN_VALUE) ? "min" : "max", number(e.getValue(), at));
            } else if (url.equals(Fhir.REGEX)) {
                i.put("pattern", string(e, at));
            } else if (url.equals(QuestionnaireExport.VISIBLE_WHEN)) {
                i.put("visibleWhen", condition(string(e, at), at));
            } else if (url.equals(Fhir.ENABLE_WHEN_EXPRESSION)) {
                if (it.getExtensionsByUrl(QuestionnaireExport.VISIBLE_WHEN).isEmpty()) {
                    refuse(at, "FHIRPath conditions are not supported; use enableWhen");
                }
            } else if (!url.equals(QuestionnaireExport.SCALE)) {
                refuse(at, "this extension is not supported on an item");
            }
        }
    }

    private Object number(Type value, String path) {
        if (value instanceof PrimitiveType<?> p && p.getValue() instanceof Number n) {
            return n.doubleValue();
        }
        refuse(path, "must be a number");
        return null;
    }

    private Object condition(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Condition.class);
        } catch (JsonProcessingException e) {
            refuse(path, "not a Mentorkit condition");
            return null;
        }
    }

    /** A display item inside a question: its help text, when marked as SDC help. */
    private void help(QuestionnaireItemComponent it, Map<String, Object> i, String path) {
        for (int n = 0; n < it.getItem().size(); n++) {
            QuestionnaireItemComponent child = it.getItem().get(n);
            String childPath = path + ".item[" + n + "]";
            Extension control = FhirTexts.first(child, Fhir.ITEM_CONTROL);
            boolean isHelp = child.getType() == QuestionnaireItemType.DISPLAY && control != null
                    && control.getValue() instanceof CodeableConcept cc && cc.getCoding().stream()
                            .anyMatch(c -> "help".equals(c.getCode()));
            if (isHelp && !i.containsKey("help") && child.getExtension().size() == 1 && !child.hasItem()) {
                i.put("help", texts(child.getTextElement(), childPath + ".text"));
            } else {
                refuse(childPath, "items within a question are not supported, other than one help text "
                        + "(a display item with itemControl 'help')");
            }
        }
    }

    /** enableWhen as a Mentorkit condition: "any" where the behaviour says so, else "all". */
    private Condition enableWhen(QuestionnaireItemComponent it, String path) {
        List<Condition> clauses = new ArrayList<>();
        for (int n = 0; n < it.getEnableWhen().size(); n++) {
            QuestionnaireItemEnableWhenComponent w = it.getEnableWhen().get(n);
            String at = path + ".enableWhen[" + n + "]";
            Object value = answer(w.getAnswer(), at);
            if (w.getOperator() == null) {
                refuse(at + ".operator", "missing");
                continue;
            }
            switch (w.getOperator()) {
                case EQUAL -> clauses.add(new Condition(null, null, w.getQuestion(), value, null, null));
                case EXISTS -> clauses.add(new Condition(null, null, w.getQuestion(), null, null,
                        Boolean.TRUE.equals(value)));
                default -> refuse(at + ".operator", "operator '" + w.getOperator().toCode()
                        + "' is not supported (supported: '=' and 'exists')");
            }
        }
        return it.getEnableBehavior() == Questionnaire.EnableWhenBehavior.ANY
                ? new Condition(clauses, null, null, null, null, null)
                : new Condition(null, clauses, null, null, null, null);
    }

    private Object answer(Type answer, String path) {
        if (answer instanceof Coding c) {
            return c.getCode();
        }
        if (answer instanceof BooleanType b) {
            return b.getValue();
        }
        if (answer instanceof PrimitiveType<?> p && !(answer instanceof org.hl7.fhir.r4.model.TimeType)) {
            return p.getValue() instanceof Number n ? n : p.getValueAsString();
        }
        refuse(path + ".answer[x]", "this kind of answer cannot be compared in Mentorkit");
        return null;
    }

    /** Texts of an element; any other extension on it (such as rendering) is refused. */
    private Map<String, String> texts(PrimitiveType<String> element, String path) {
        if (element == null) {
            return null;
        }
        for (Extension e : element.getExtension()) {
            if (!Fhir.TRANSLATION.equals(e.getUrl())) {
                refuse(path + ".extension('" + e.getUrl() + "')", "this extension is not supported on a text");
            }
        }
        return FhirTexts.read(element, language);
    }

    private static String stringExtension(QuestionnaireItemComponent it, String url) {
        Extension e = FhirTexts.first(it, url);
        return e != null && e.getValue() instanceof PrimitiveType<?> p ? p.getValueAsString() : null;
    }

    /** An extension's text value; refused when it has none. */
    private String string(Extension e, String path) {
        if (e.getValue() instanceof PrimitiveType<?> p && p.getValueAsString() != null) {
            return p.getValueAsString();
        }
        refuse(path, "must have a text value");
        return null;
    }
}
