package no.mentorkit.forms.internal.model.fhir;

import java.util.List;
import java.util.stream.Collectors;

import no.mentorkit.forms.Condition;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/**
 * A visibility condition as a FHIRPath expression over the QuestionnaireResponse (SDC enableWhenExpression), for
 * the conditions FHIR's flat enableWhen cannot say. Only written, never read: Mentorkit reads back its own
 * condition from the extension beside it.
 */
final class FhirPathConditions {

    private FhirPathConditions() {
    }

    static String expression(Condition c, FormDefinition def) {
        if (c.any() != null) {
            return group(c.any(), " or ", def);
        }
        if (c.all() != null) {
            return group(c.all(), " and ", def);
        }
        String answers = "%resource.repeat(item).where(linkId = '" + quote(c.item()) + "').answer.value";
        if (c.answered() != null) {
            return answers + (c.answered() ? ".exists()" : ".empty()");
        }
        boolean coded = def.item(c.item()).map(Item::type).filter(t -> List.of("single", "multi", "rating")
                .contains(t)).isPresent();
        List<Object> values = c.in() != null ? c.in() : List.of(c.equalTo());
        String set = values.stream().map(FhirPathConditions::literal).collect(Collectors.joining(" | "));
        return answers + (coded ? ".code" : "") + ".intersect(" + set + ").exists()";
    }

    private static String group(List<Condition> parts, String operator, FormDefinition def) {
        return parts.stream().map(p -> "(" + expression(p, def) + ")").collect(Collectors.joining(operator));
    }

    private static String literal(Object value) {
        return value instanceof Boolean || value instanceof Number ? String.valueOf(value)
                : "'" + quote(String.valueOf(value)) + "'";
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }
}
