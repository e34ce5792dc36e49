package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The library installed alone on the platform: it resolves, announces itself, loads its corpus and searches. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LibraryAloneIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-library"));
    }

    @Test
    public void libraryWorksWithOnlyThePlatform() throws Exception {
        LibraryChecks lib = new LibraryChecks();
        JsonNode modules = lib.admin.get("/api/modules").json();
        boolean listed = false;
        for (JsonNode m : modules) {
            if (m.path("id").asText().equals("library")) {
                listed = true;
                assertEquals("/ui/library/library.js", m.path("uiModule").asText());
            }
        }
        assertTrue("library listed among " + modules, listed);
        assertEquals(200, lib.admin.get("/ui/library/library.js").status());
        lib.awaitCorpus(Duration.ofSeconds(90));
        assertTrue(lib.search(lib.admin, "fremmedkrigere").path("total").asLong() > 0);
        assertEquals(401, lib.anonymous.get("/api/library/search?q=x").status());
    }
}
