package no.mentorkit.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.mentorkit.forms.FormCheck;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/** The example instruments the bundle ships pass the linter and keep to the SPJ principle. */
class ShippedFormsTest {

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/forms"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".form.json")).sorted().toList();
        }
    }

    @Test
    void threeInstrumentsAreShippedAndEachLintsClean() throws IOException {
        List<Path> files = files();
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "concern-mapping.form.json", "initial-screening.form.json", "progress-review.form.json");
        for (Path p : files) {
            FormCheck.Result r = FormCheck.lint(p.getFileName().toString(), Files.readAllBytes(p));
            assertThat(r.errors()).as(p.toString()).isEmpty();
            FormDefinition d = r.definition();
            assertThat(d.kind()).isEqualTo(FormDefinition.ASSESSMENT);
            assertThat(p.getFileName().toString()).isEqualTo(d.id() + ".form.json");
            assertThat(d.items().filter(Item::answerable).count()).isGreaterThan(5);
        }
    }

    @Test
    void theConcernMappingIsStructuredProfessionalJudgement() throws IOException {
        Path p = Path.of("src/main/resources/forms/concern-mapping.form.json");
        FormDefinition d = FormCheck.lint(p.toString(), Files.readAllBytes(p)).definition();
        assertThat(d.judgement()).isNotNull();
        assertThat(d.judgement().formulationRequired()).isTrue();
        assertThat(d.scoring()).as("an SPJ form is not summed").isNull();
        assertThat(d.items().anyMatch(Item::protective)).as("protective factors").isTrue();
        assertThat(d.items().anyMatch(Item::allowUnknown)).isTrue();
    }
}
