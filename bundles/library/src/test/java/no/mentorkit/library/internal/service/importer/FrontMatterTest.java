package no.mentorkit.library.internal.service.importer;

import java.io.File;

import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.Draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

    @Test
    void readsEveryFieldOfTheFormat() {
        Draft d = FrontMatter.parse("""
                ---
                title: Fremmedkrigere som vender hjem
                summary: Kort sammendrag.
                language: nb            # nb | nn | en
                topics: [returnees, risk-assessment]
                audience: [mentor, coordinator]
                source: Mentorkit redaksjon (startsamling)
                author: Mentorkit redaksjon
                year: 2026
                evidence: practice      # practice | peer-reviewed | guideline
                access: trained
                ---
                ## Innledning

                Tekst.
                """);
        assertThat(d.title()).isEqualTo("Fremmedkrigere som vender hjem");
        assertThat(d.language()).isEqualTo("nb");
        assertThat(d.topics()).containsExactly("returnees", "risk-assessment");
        assertThat(d.audience()).containsExactly("mentor", "coordinator");
        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.evidence()).isEqualTo("practice");
        assertThat(d.access()).isEqualTo("trained");
        assertThat(d.body()).startsWith("## Innledning");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void missingAccessMeansAllAndUnknownCodesAreNamed() {
        Draft d = FrontMatter.parse("---\ntitle: T\nlanguage: se\ntopics: [magic]\nevidence: rumour\n---\nx");
        assertThat(d.access()).isEqualTo("all");
        assertThat(d.problems()).extracting(Draft.Problem::field).containsExactly("language", "topics[0]", "evidence");
    }

    @Test
    void refusesFilesWithoutFrontMatterOrWithUnsafeYaml() {
        assertThatThrownBy(() -> FrontMatter.parse("# just markdown")).hasMessageContaining("no front matter");
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\n")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> FrontMatter.parse("---\nx: !!File [\"/\"]\n---\n"))
                .isInstanceOf(FrontMatter.FormatException.class);
    }

    @Test
    void markdownBecomesSafeBlocks() {
        assertThat(MarkdownText.blocks("## Tittel\n\nAvsnitt med *vekt* og <script>x</script>.\n\n- punkt en\n- punkt to"))
                .extracting(MarkdownText.Block::type).containsExactly("h2", "p", "li", "li");
    }
}
