package no.mentorkit.forms;

/** One problem with a filled-in form: the field ({@code answers.<item>} or {@code judgement.level}) and why. */
public record AnswerError(String field, String message) {
}
