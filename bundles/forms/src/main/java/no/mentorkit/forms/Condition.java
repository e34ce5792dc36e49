package no.mentorkit.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A visibility condition: either a group ({@code any} or {@code all} of nested conditions) or a clause on one
 * other item ({@code equals} a value, {@code in} a list of values, or {@code answered}). Values are as in
 * {@link Answer#value()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(List<Condition> any, List<Condition> all, String item,
        @JsonProperty("equals") Object equalTo, List<Object> in, Boolean answered) {
}
