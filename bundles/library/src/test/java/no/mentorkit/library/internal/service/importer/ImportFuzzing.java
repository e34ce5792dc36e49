package no.mentorkit.library.internal.service.importer;

import java.io.IOException;

import no.mentorkit.library.internal.model.Draft;

/** What every importer fuzz test checks: extraction, the draft's own checks and the resource it becomes. */
final class ImportFuzzing {

    private ImportFuzzing() {
    }

    static void extract(String filename, byte[] content) {
        Draft d;
        try {
            d = Extractor.extract(filename, content, Extractor.Defaults.basic());
        } catch (FrontMatter.FormatException | IOException expected) {
            return;
        }
        if (d.problems().isEmpty()) {
            d.toResource();
        }
    }
}
