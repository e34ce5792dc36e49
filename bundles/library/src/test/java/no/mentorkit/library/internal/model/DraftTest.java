package no.mentorkit.library.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DraftTest {

    /** {@code POST /api/library/documents} with {@code {}} answered 500: a missing language threw instead. */
    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        Draft empty = new Draft(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(empty.problems()).extracting(Draft.Problem::field)
                .containsExactly("title", "body", "language", "evidence", "access");
    }

    /** A null element in a list, as {@code "topics":[null]} gives, is named by its place. */
    @Test
    void aMissingListElementIsNamedByItsPlace() {
        Draft d = new Draft(null, "Tittel (fiktiv)", null, "Tekst.", "nb", Arrays.asList("trauma", null),
                Arrays.asList((String) null), null, null, 2024, "practice", "all");
        assertThat(d.problems()).extracting(Draft.Problem::field).containsExactly("topics[1]", "audience[0]");
        assertThat(d.topics()).containsExactly("trauma", null);
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        Draft d = new Draft(null, "Tittel (fiktiv)", "Sammendrag.", "Tekst.", "nn", List.of("trauma"),
                List.of("mentor"), "Kjelde", "Forfattar", 2024, "guideline", "trained");
        assertThat(d.problems()).isEmpty();
    }
}
