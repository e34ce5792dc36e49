package no.mentorkit.forms;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one attempt to deploy, change or withdraw a definition. Every attempt is stored and logged.
 *
 * @param outcome {@code published}, {@code draft}, {@code unchanged}, {@code refused} or {@code retired}
 * @param formId the definition's id when it could be read, else {@code null}
 * @param errors why it was refused; empty otherwise
 */
public record Deployment(long seq, Instant at, DeploySource source, String file, String formId, String version,
        String outcome, List<LintError> errors, String actor) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";
    public static final String UNCHANGED = "unchanged";
    public static final String REFUSED = "refused";
    public static final String RETIRED = "retired";

    public Deployment {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean refused() {
        return REFUSED.equals(outcome);
    }
}
