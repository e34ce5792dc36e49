package no.mentorkit.ethics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.mentorkit.forms.FormCheck;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.Item;

/** The four shipped checklists lint clean as checklists of the right stage, in three languages; so do the guidelines. */
class ShippedContentTest {

    @Test
    void fourChecklistsLintCleanWithTheirSubjectAndStage() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/checklists"))) {
            files = s.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("course-closing.form.json",
                "course-session.form.json", "course-start.form.json", "mentor-onboarding.form.json");
        Map<String, String> expected = Map.of("course-start", "course/start", "course-session", "course/session",
                "course-closing", "course/closing", "mentor-onboarding", "mentor/onboarding");
        for (Path p : files) {
            FormCheck.Result r = Checklists.lint(p);
            assertThat(r.errors()).as(p.toString()).isEmpty();
            FormDefinition d = r.definition();
            assertThat(d.kind()).isEqualTo(FormDefinition.CHECKLIST);
            assertThat(p.getFileName().toString()).isEqualTo(d.id() + ".form.json");
            assertThat(d.checklist().appliesTo() + "/" + d.checklist().stage()).isEqualTo(expected.get(d.id()));
            assertThat(d.scoring()).as("a checklist gives no score").isNull();
            assertThat(d.title()).containsOnlyKeys("nb", "nn", "en");
            d.items().forEach(i -> {
                assertThat(i.label() == null ? i.text() : i.label()).as(d.id() + "/" + i.id())
                        .containsKeys("nb", "nn", "en");
                if (i.answerable()) {
                    assertThat(i.required()).as(d.id() + "/" + i.id() + " is required").isTrue();
                }
            });
            assertThat(d.items().filter(Item::answerable).count()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theStartChecklistCoversWhatTheIssueNames() {
        FormDefinition d = Checklists.shipped("course-start");
        assertThat(d.items().map(Item::id)).contains("police-certificate-seen", "mentor-trained",
                "supervision-arranged", "commission-agreement", "told-what-recorded", "told-confidentiality",
                "guardians-informed", "consent-recorded", "documentation-routine");
        assertThat(d.item("guardians-informed").orElseThrow().visibleWhen()).as("only for minors").isNotNull();
    }

    @Test
    void guidelinesShipInThreeLanguagesAndNameTheLimitsOfConfidentiality() throws IOException {
        for (String lang : List.of("nb", "nn", "en")) {
            String text = Files.readString(Path.of("src/main/resources/guidelines/guidelines-" + lang + ".md"));
            assertThat(text).as(lang).contains("§13").contains("§196").hasSizeGreaterThan(2000);
        }
    }
}
