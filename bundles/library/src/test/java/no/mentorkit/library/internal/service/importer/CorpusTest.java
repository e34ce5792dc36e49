package no.mentorkit.library.internal.service.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.Draft;

/** The starter corpus carried in the bundle follows the shared format, file by file. */
class CorpusTest {

    @Test
    void everyCorpusFileParsesAndIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        for (Path f : files) {
            Draft d = Extractor.extract(f.getFileName().toString(), Files.readAllBytes(f), Extractor.Defaults.basic());
            assertThat(d.problems()).as(f.getFileName().toString()).isEmpty();
            assertThat(d.topics()).as(f.getFileName() + " topics").isNotEmpty();
            assertThat(MarkdownText.plain(d.body())).as(f.getFileName() + " body").hasSizeGreaterThan(200);
        }
        long languages = files.stream().map(f -> {
            try {
                return Extractor.extract(f.toString(), Files.readAllBytes(f), Extractor.Defaults.basic()).language();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
        assertThat(languages).isEqualTo(3);
    }
}
