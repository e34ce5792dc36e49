package no.mentorkit.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of a form. Which fields apply depends on {@link #type()}: {@code scale} for ratings, {@code options}
 * for single and multiple choice, {@code min}/{@code max} for numbers, {@code pattern} for texts, {@code text}
 * for display items (which take no answer).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Item(String id, String type, Map<String, String> label, Map<String, String> help,
        Map<String, String> text, boolean required, boolean allowUnknown, boolean evidence, boolean protective,
        Condition visibleWhen, String scale, List<FormDefinition.Choice> options, Double min, Double max,
        String pattern) {

    public static final Set<String> TYPES = Set.of("text", "longtext", "number", "date", "yesno", "single", "multi",
            "rating", "display");

    public Item {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Display items show text and take no answer. */
    public boolean answerable() {
        return !"display".equals(type);
    }
}
