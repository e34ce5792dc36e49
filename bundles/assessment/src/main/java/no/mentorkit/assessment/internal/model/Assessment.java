package no.mentorkit.assessment.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;

/**
 * One assessment as stored. {@code rowVersion} guards concurrent edits; {@code pairOf} is the first rater's
 * assessment when this is a second, blind rating of it.
 */
public record Assessment(long id, String caseCode, String formId, String formVersion, String status, long authorId,
        String authorName, Map<String, Answer> answers, FinalJudgement judgement, Double score, LocalDate dueOn,
        boolean dueByHand, Instant createdAt, Instant updatedAt, Instant submittedAt, int rowVersion, Long pairOf) {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";

    public boolean submitted() {
        return SUBMITTED.equals(status);
    }
}
