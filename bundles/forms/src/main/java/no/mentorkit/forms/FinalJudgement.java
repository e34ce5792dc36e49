package no.mentorkit.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The assessor's structured professional judgement: a level and the written formulation behind it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinalJudgement(String level, String formulation) {
}
