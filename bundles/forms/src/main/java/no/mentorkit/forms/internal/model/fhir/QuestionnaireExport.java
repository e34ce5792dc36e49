package no.mentorkit.forms.internal.model.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.mentorkit.forms.Condition;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.Item;
import no.mentorkit.platform.json.Json;

/**
 * A form definition as a FHIR R4 Questionnaire. What FHIR has a place for goes there (items, types, options,
 * required, repeats, enableWhen, texts with translations, SDC min/max/regex, help as an SDC help item); what it
 * has not (the form's kind, scales, scoring, judgement, the SPJ item flags, conditions enableWhen cannot say)
 * goes in Mentorkit extensions, so that importing the export gives the same form.
 */
public final class QuestionnaireExport {

    /** The canonical base of exported Questionnaires: {@code <base><form id>}. */
    public static final String CANONICAL = "https://mentorkit.no/fhir/Questionnaire/";
    static final String FORM = Fhir.MENTORKIT + "form";
    static final String SCALE = Fhir.MENTORKIT + "scale";
    static final String ALLOW_UNKNOWN = Fhir.MENTORKIT + "allowUnknown";
    static final String EVIDENCE = Fhir.MENTORKIT + "evidence";
    static final String PROTECTIVE = Fhir.MENTORKIT + "protective";
    static final String VISIBLE_WHEN = Fhir.MENTORKIT + "visibleWhen";
    static final String DESCRIPTION = Fhir.MENTORKIT + "description";
    static final String HELP_SUFFIX = "--help";

    private final FormDefinition def;

    private QuestionnaireExport(FormDefinition def) {
        this.def = def;
    }

    /** The definition as a Questionnaire resource. */
    public static Questionnaire questionnaire(FormDefinition def, FormStatus status) {
        return new QuestionnaireExport(def).build(status);
    }

    /** The definition as FHIR JSON text. */
    public static String json(FormDefinition def, FormStatus status) {
        return Fhir.json().encodeResourceToString(questionnaire(def, status));
    }

    /** The system of the codes of a form's choice options or of one of its scales. */
    public static String system(String formId, String scaleId) {
        return CANONICAL + formId + (scaleId == null ? "/options" : "/scale/" + scaleId);
    }

    private Questionnaire build(FormStatus status) {
        Questionnaire q = new Questionnaire();
        q.setId(def.id());
        q.setLanguage(FhirTexts.BASE);
        q.setUrl(CANONICAL + def.id());
        q.setVersion(def.version());
        q.setStatus(switch (status) {
            case DRAFT -> PublicationStatus.DRAFT;
            case PUBLISHED -> PublicationStatus.ACTIVE;
            case RETIRED -> PublicationStatus.RETIRED;
        });
        FhirTexts.put(q.getTitleElement(), def.title());
        if (def.description() != null) {
            q.setDescriptionElement(FhirTexts.put(new MarkdownType(), def.description()));
        }
        q.addExtension(FORM, new StringType(formExtras()));
        for (FormDefinition.Section s : def.sections()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(s.id()).setType(QuestionnaireItemType.GROUP);
            FhirTexts.put(group.getTextElement(), s.title());
            if (s.description() != null) {
                group.addExtension(DESCRIPTION, FhirTexts.put(new StringType(), s.description()));
            }
            s.items().forEach(i -> group.addItem(item(i)));
        }
        return q;
    }

    /** The form-level parts FHIR has no place for, as the definition's own JSON. */
    private String formExtras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("kind", def.kind());
        extras.put("training", def.training());
        extras.put("reassessEvery", def.reassessEvery());
        extras.put("checklist", def.checklist());
        extras.put("scales", def.scales().isEmpty() ? null : def.scales());
        extras.put("scoring", def.scoring());
        extras.put("judgement", def.judgement());
        extras.values().removeIf(v -> v == null);
        try {
            return Json.mapper().writeValueAsString(extras);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form " + def.id() + " cannot be written as JSON", e);
        }
    }

    private QuestionnaireItemComponent item(Item i) {
        QuestionnaireItemComponent q = new QuestionnaireItemComponent().setLinkId(i.id()).setType(type(i.type()));
        FhirTexts.put(q.getTextElement(), i.answerable() ? i.label() : i.text());
        if (i.answerable()) {
            q.setRequired(i.required());
        }
        if ("multi".equals(i.type())) {
            q.setRepeats(true);
        }
        if (i.scale() != null) {
            q.addExtension(SCALE, new StringType(i.scale()));
            def.scale(i.scale()).ifPresent(sc -> sc.levels().forEach(l -> option(q, system(def.id(), sc.id()), l)));
        }
        i.options().forEach(o -> option(q, system(def.id(), null), o));
        flag(q, ALLOW_UNKNOWN, i.allowUnknown());
        flag(q, EVIDENCE, i.evidence());
        flag(q, PROTECTIVE, i.protective());
        if (i.min() != null) {
            q.addExtension(Fhir.MIN_VALUE, new DecimalType(i.min()));
        }
        if (i.max() != null) {
            q.addExtension(Fhir.MAX_VALUE, new DecimalType(i.max()));
        }
        if (i.pattern() != null) {
            q.addExtension(Fhir.REGEX, new StringType(i.pattern()));
        }
        if (i.visibleWhen() != null) {
            visibility(q, i.visibleWhen());
        }
        if (i.help() != null) {
            QuestionnaireItemComponent help = q.addItem().setLinkId(i.id() + HELP_SUFFIX)
                    .setType(QuestionnaireItemType.DISPLAY);
            FhirTexts.put(help.getTextElement(), i.help());
            help.addExtension(Fhir.ITEM_CONTROL,
                    new CodeableConcept(new Coding(Fhir.ITEM_CONTROL_SYSTEM, "help", "Help-Button")));
        }
        return q;
    }

    static QuestionnaireItemType type(String type) {
        return switch (type) {
            case "text" -> QuestionnaireItemType.STRING;
            case "longtext" -> QuestionnaireItemType.TEXT;
            case "number" -> QuestionnaireItemType.DECIMAL;
            case "date" -> QuestionnaireItemType.DATE;
            case "yesno" -> QuestionnaireItemType.BOOLEAN;
            case "single", "multi", "rating" -> QuestionnaireItemType.CHOICE;
            case "display" -> QuestionnaireItemType.DISPLAY;
            default -> throw new IllegalArgumentException("no FHIR item type for '" + type + "'");
        };
    }

    private static void option(QuestionnaireItemComponent q, String system, FormDefinition.Choice c) {
        Coding coding = new Coding().setSystem(system).setCode(c.value());
        FhirTexts.put(coding.getDisplayElement(), c.label());
        q.addAnswerOption().setValue(coding);
    }

    private static void flag(QuestionnaireItemComponent q, String url, boolean on) {
        if (on) {
            q.addExtension(url, new BooleanType(true));
        }
    }

    /**
     * A condition as enableWhen where FHIR's flat any/all can say it exactly; otherwise as an SDC FHIRPath
     * expression for other tools, with the condition itself kept for Mentorkit.
     */
    private void visibility(QuestionnaireItemComponent q, Condition c) {
        List<QuestionnaireItemEnableWhenComponent> flat = new ArrayList<>();
        EnableWhenBehavior behavior = flatten(c, flat);
        if (behavior != null) {
            flat.forEach(q::addEnableWhen);
            q.setEnableBehavior(behavior);
            return;
        }
        q.addExtension(Fhir.ENABLE_WHEN_EXPRESSION, new Expression().setLanguage("text/fhirpath")
                .setExpression(FhirPathConditions.expression(c, def)));
        try {
            q.addExtension(VISIBLE_WHEN, new StringType(Json.mapper().writeValueAsString(c)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("condition of " + q.getLinkId() + " cannot be written as JSON", e);
        }
    }

    /** Fills {@code out} and answers the behaviour, or null when the condition is not one flat any/all group. */
    private EnableWhenBehavior flatten(Condition c, List<QuestionnaireItemEnableWhenComponent> out) {
        if (c.item() != null) {
            return clause(c, out, true) ? EnableWhenBehavior.ALL : null;
        }
        boolean any = c.any() != null;
        List<Condition> parts = any ? c.any() : c.all();
        if (parts == null) {
            return null;
        }
        for (Condition part : parts) {
            if (part.item() == null || !clause(part, out, any)) {
                return null;
            }
        }
        return any ? EnableWhenBehavior.ANY : EnableWhenBehavior.ALL;
    }

    /** One clause as enableWhen; a list of several values only fits where the group is "any". */
    private boolean clause(Condition c, List<QuestionnaireItemEnableWhenComponent> out, boolean inAny) {
        if (c.answered() != null) {
            out.add(new QuestionnaireItemEnableWhenComponent().setQuestion(c.item())
                    .setOperator(QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(c.answered())));
            return true;
        }
        List<Object> values = c.in() != null ? c.in() : c.equalTo() != null ? List.of(c.equalTo()) : List.of();
        if (values.isEmpty() || (values.size() > 1 && !inAny)) {
            return false;
        }
        for (Object v : values) {
            out.add(new QuestionnaireItemEnableWhenComponent().setQuestion(c.item())
                    .setOperator(QuestionnaireItemOperator.EQUAL).setAnswer(answer(c.item(), v)));
        }
        return true;
    }

    /** A value compared with an item's answer, typed as that item's answers are. */
    private Type answer(String itemId, Object value) {
        Item target = def.item(itemId).orElseThrow(
                () -> new IllegalArgumentException("condition names unknown item '" + itemId + "'"));
        return switch (target.type()) {
            case "yesno" -> new BooleanType(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)));
            case "number" -> new DecimalType(String.valueOf(value));
            case "date" -> new DateType(String.valueOf(value));
            case "single", "multi" -> new Coding(system(def.id(), null), String.valueOf(value), null);
            case "rating" -> new Coding(system(def.id(), target.scale()), String.valueOf(value), null);
            default -> new StringType(String.valueOf(value));
        };
    }
}
