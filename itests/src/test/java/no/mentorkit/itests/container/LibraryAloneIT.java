package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.platform.storage.Storage;

/** The library installed alone on the platform: it resolves, announces itself, loads its corpus and searches. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LibraryAloneIT {

    @Inject
    private BundleContext context;

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

    /**
     * A database that is busy when the library starts (here: its migration history locked by another transaction
     * longer than the database's lock timeout) must not leave the library unavailable until a restart.
     */
    @Test
    public void libraryStartsOnceABusyDatabaseIsFreeAgain() throws Exception {
        LibraryChecks lib = new LibraryChecks();
        lib.awaitCorpus(Duration.ofSeconds(90));
        Bundle bundle = null;
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals("no.mentorkit.library")) {
                bundle = b;
            }
        }
        Storage storage = Services.await(context, Storage.class, Duration.ofSeconds(10));
        try (Connection hold = storage.dataSource().getConnection()) {
            hold.setAutoCommit(false);
            try (Statement st = hold.createStatement();
                    ResultSet rows = st.executeQuery("SELECT * FROM library.schema_history FOR UPDATE")) {
                assertTrue("the library has a migration history", rows.next());
            }
            bundle.stop();
            bundle.start();
            Thread.sleep(6_000); // longer than H2's lock timeout: the first start attempt fails
            assertEquals(503, lib.admin.get("/api/library/search?q=x").status());
            hold.rollback();
        }
        lib.awaitCorpus(Duration.ofSeconds(60));
        assertTrue(lib.search(lib.admin, "fremmedkrigere").path("total").asLong() > 0);
    }

    /** The module matrix's "alone" entry: only this module, its smoke test passing, the others absent. */
    @Test
    public void matrixHoldsOnlyThisModuleAndItsSmokeTestPasses() {
        new ModuleSmoke().installationHoldsExactly("library");
    }
}
