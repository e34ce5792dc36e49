package no.mentorkit.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to one item: a value, or "unknown" with the reason it could not be answered, and an optional
 * evidence note (what the answer rests on).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Answer(JsonNode value, boolean unknown, String reason, String evidence) {

    /** Whether the answer carries a value (JSON null, an empty string or an empty list count as none). */
    public boolean hasValue() {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())
                && !(value.isArray() && value.isEmpty());
    }
}
