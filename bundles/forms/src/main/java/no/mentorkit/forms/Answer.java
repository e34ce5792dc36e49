package no.mentorkit.forms;

import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to one item: a value, or "unknown" with the reason it could not be answered, and an optional
 * evidence note (what the answer rests on). The value is as read from JSON: a {@code String}, {@code Boolean},
 * {@code Number} or a {@code List} of strings (a multi-choice), or null; plain Java types keep the API free of
 * the JSON library.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Answer(Object value, Boolean unknown, String reason, String evidence) {

    /** {@code unknown} may be left out of the JSON; it is never null here. */
    public Answer {
        unknown = unknown != null && unknown;
    }

    /** Whether the answer carries a value (JSON null, an empty string or an empty list count as none). */
    public boolean hasValue() {
        return value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
    }
}
