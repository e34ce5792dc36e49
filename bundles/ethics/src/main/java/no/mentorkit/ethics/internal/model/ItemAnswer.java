package no.mentorkit.ethics.internal.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** The answer to one checklist item: the value the form engine checks, and the ethics module's own comment. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ItemAnswer(JsonNode value, String comment) {
}
