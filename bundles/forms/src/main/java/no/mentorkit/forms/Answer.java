package no.mentorkit.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to one item: a value, or "unknown" with the reason it could not be answered, and an optional
 * evidence note (what the answer rests on).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Answer(JsonNode value, Boolean unknown, String reason, String evidence) {

    /** {@code unknown} may be left out of the JSON; it is never null here. */
    public Answer {
        unknown = unknown != null && unknown;
    }

    /** Whether the answer carries a value (JSON null, an empty string or an empty list count as none). */
    public boolean hasValue() {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())
                && !(value.isArray() && value.isEmpty());
    }
}
