package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;

import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.model.Resource;

/** The fictional test documents under src/test/resources/testdocs, indexed in memory. */
final class TestCorpus {

    static final String[] FILES = {"01-fremmedkriger.md", "02-radikalisering.md", "03-samtale.md",
            "04-returnees.md", "05-taushetsplikt.md"};

    private TestCorpus() {
    }

    static List<Resource> resources() throws IOException {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < FILES.length; i++) {
            out.add(load(FILES[i], i + 1));
        }
        return out;
    }

    static Resource load(String file, long id) throws IOException {
        try (InputStream in = TestCorpus.class.getResourceAsStream("/testdocs/" + file)) {
            return Extractor.extract(file, in.readAllBytes(), Extractor.Defaults.basic()).toResource()
                    .withIdentity(id, 1, Instant.now(), Instant.now());
        }
    }

    static LibraryIndex index() throws IOException {
        LibraryIndex index = LibraryIndex.open(new ByteBuffersDirectory());
        for (Resource r : resources()) {
            index.upsert(r);
        }
        index.commit(1);
        index.refresh();
        return index;
    }
}
