package no.mentorkit.ethics.internal.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to one checklist item: the value the form engine checks (as in {@code Answer.value()}), and the ethics
 * module's own comment.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ItemAnswer(Object value, String comment) {
}
