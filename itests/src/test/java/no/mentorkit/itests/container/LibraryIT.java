package no.mentorkit.itests.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import org.junit.Before;
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

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The library in the full distribution: Lucene (codecs, Norwegian analysis, facets, highlighting) working inside
 * OSGi from jars embedded in the bundle, the search API, consistency with the database and access filtering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LibraryIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    private LibraryChecks lib;

    @Before
    public void connect() throws Exception {
        lib = new LibraryChecks();
        lib.awaitCorpus(Duration.ofSeconds(90));
    }

    @Test
    public void luceneSearchesTheStarterCorpusInsideOsgiWithNorwegianAnalysisAndFacets() {
        JsonNode all = lib.admin.get("/api/library/search?size=1").json();
        long total = all.path("total").asLong();
        assertTrue("at least 40 resources: " + total, total >= 40);
        long byLanguage = 0;
        for (JsonNode v : all.path("facets").path("language")) {
            byLanguage += v.path("count").asLong();
        }
        assertEquals("language facet counts add up to the hits", total, byLanguage);
        assertEquals(3, all.path("facets").path("language").size());

        JsonNode plural = lib.search(lib.admin, "fremmedkrigere");
        assertTrue(plural.toString(), plural.path("total").asLong() > 0);
        assertFalse(plural.path("fuzzy").asBoolean());
        assertTrue("a snippet marks a hit", plural.path("hits").get(0).path("snippetParts").toString()
                .contains("\"hit\":true"));

        JsonNode nynorsk = lib.search(lib.admin, "radikaliseringa");
        assertFalse(nynorsk.path("fuzzy").asBoolean());
        assertTrue("nynorsk form finds a bokmål resource: " + titles(nynorsk), hasLanguage(nynorsk, "nb"));

        JsonNode typo = lib.search(lib.admin, "radikalisring");
        assertTrue(typo.path("total").asLong() > 0);
        assertEquals("radikalisering", typo.path("didYouMean").asText());
    }

    /** The words of the Norwegian search issue, against the starter corpus and the shipped synonym groups. */
    @Test
    public void norwegianCompoundsInflectionsAndTheProfessionsWordsFindTheirResources() {
        JsonNode traume = lib.search(lib.admin, "traumebevisst");
        assertTrue(titles(traume), titles(traume).contains("Traumeinformert mentorarbeid"));
        assertFalse(traume.path("fuzzy").asBoolean());
        assertTrue("the topic's resources: " + titles(lib.search(lib.admin, "samtaleteknikk")),
                lib.search(lib.admin, "samtaleteknikk").path("total").asLong() >= 7);
        JsonNode nn = lib.search(lib.admin, "framandkrigarane");
        assertFalse(nn.path("fuzzy").asBoolean());
        assertTrue(titles(nn), titles(nn).contains("framandkrigar"));
        assertEquals(lib.search(lib.admin, "fremmedkrigere").path("total").asLong(),
                lib.search(lib.admin, "fremmedkrigerne").path("total").asLong());
        String typed = titles(lib.search(lib.admin, "hoyreekstremisme"));
        assertTrue(typed, typed.length() > 0 && titles(lib.search(lib.admin, "høyreekstremisme")).startsWith(typed));
        assertTrue(titles(lib.search(lib.admin, "rettleiing")),
                titles(lib.search(lib.admin, "rettleiing")).contains("Veiledning av mentorer"));
        assertTrue(titles(lib.search(lib.admin, "teieplikta")),
                titles(lib.search(lib.admin, "teieplikta")).contains("Taushetsplikt"));

        JsonNode none = lib.search(lib.admin, "radikaliseringsbarometer");
        assertEquals(0, none.path("total").asLong());
        assertTrue("nothing found still says what is near: " + none.path("nearby"),
                none.path("nearby").path("titles").size() > 0 && none.path("nearby").path("topics").size() > 0);
    }

    @Test
    public void choosingAFacetValueKeepsTheOtherValuesCounted() {
        JsonNode nb = lib.admin.get("/api/library/search?language=nb&size=1").json();
        long nbCount = 0;
        long others = 0;
        for (JsonNode v : nb.path("facets").path("language")) {
            if (v.path("value").asText().equals("nb")) {
                nbCount = v.path("count").asLong();
            } else {
                others += v.path("count").asLong();
            }
        }
        assertEquals(nb.path("total").asLong(), nbCount);
        assertTrue("nynorsk and English still counted", others > 0);
    }

    /**
     * A wrong parameter is named, not answered as "nothing found" or "nothing served": {@code size=abc} was a 404
     * "Nothing is served at /api/library/search", and an unknown topic an empty answer, as if the library had nothing.
     */
    @Test
    public void wrongSearchParametersAreNamed() {
        assertNamed(lib.admin.get("/api/library/search?q=radikalisering&size=abc"), "size",
                "must be a number, not 'abc'");
        assertNamed(lib.admin.get("/api/library/search?topic=ideology-islamist&topic=nonexistent"), "topic",
                "must be one of ideology-islamist");
        assertNamed(lib.admin.get("/api/library/search?language=sv"), "language", "must be one of nb, nn, en");
        assertNamed(lib.admin.get("/api/library/search?year=20x4"), "year", "must be a year such as 2024");
        assertNamed(lib.admin.get("/api/library/documents?limit=ten"), "limit", "must be a number, not 'ten'");
        assertNamed(lib.admin.get("/api/library/documents?limit=0"), "limit", "must be between 1 and 200");
        assertNamed(lib.admin.get("/api/library/documents?offset=-1"), "offset", "must be 0 or more");
        assertEquals("an empty choice, as a form sends it, is no choice", 200,
                lib.admin.get("/api/library/search?q=radikalisering&topic=&year=").status());
        assertEquals("a path that does not exist is still not found", 404,
                lib.admin.get("/api/library/documents/abc/similar").status());
    }

    /** An empty resource was a 500 (a missing language threw); it is refused field by field, and nothing is stored. */
    @Test
    public void anEmptyResourceIsRefusedFieldByField() {
        long before = lib.admin.get("/api/library/documents?limit=1").json().path("total").asLong();
        Http.Answer empty = lib.admin.post("/api/library/documents", "{}");
        assertEquals(empty.toString(), 400, empty.status());
        assertEquals(empty.toString(), "Invalid input in: title, body, language, evidence",
                empty.json().path("detail").asText());
        Http.Answer nullTopic = lib.admin.post("/api/library/documents", Http.json("title", "Tittel (fiktiv)",
                "body", "Tekst.", "language", "nb", "evidence", "practice", "access", "all", "topics",
                Arrays.asList("trauma", null)));
        assertEquals(nullTopic.toString(), 400, nullTopic.status());
        assertEquals(nullTopic.toString(), "topics[1]", nullTopic.json().path("errors").get(0).path("field").asText());
        assertEquals(before, lib.admin.get("/api/library/documents?limit=1").json().path("total").asLong());
    }

    private static void assertNamed(Http.Answer a, String field, String message) {
        assertEquals(a.toString(), 400, a.status());
        assertTrue(a.toString(), a.header("Content-Type").startsWith("application/problem+json"));
        JsonNode error = a.json().path("errors").get(0);
        assertEquals(a.toString(), field, error.path("field").asText());
        assertTrue(a.toString(), error.path("message").asText().startsWith(message));
        assertEquals(a.toString(), "Invalid input in: " + field, a.json().path("detail").asText());
    }

    @Test
    public void changesAreSearchableAtOnceAndAudited() {
        long start = System.nanoTime();
        Http.Answer created = lib.admin.post("/api/library/documents",
                LibraryChecks.resource("Kvistfjellmodellen (fiktiv)", "Kvistfjellmodellen beskriver oppfølging.", "all"));
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().path("id").asText();
        JsonNode found = lib.search(lib.admin, "kvistfjellmodellen");
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(1, found.path("total").asLong());
        assertTrue("searchable within a second of the change: " + ms + " ms", ms < 1000);

        Http.Answer stale = lib.admin.send("PUT", "/api/library/documents/" + id, withVersion(
                LibraryChecks.resource("Kvistfjellmodellen (fiktiv)", "Ny tekst om blåbærmetoden.", "all"), 0),
                "application/json");
        assertEquals(409, stale.status());
        Http.Answer updated = lib.admin.send("PUT", "/api/library/documents/" + id, withVersion(
                LibraryChecks.resource("Kvistfjellmodellen (fiktiv)", "Ny tekst om blåbærmetoden.", "all"), 1),
                "application/json");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(1, lib.search(lib.admin, "blåbærmetoden").path("total").asLong());
        assertEquals(204, lib.admin.delete("/api/library/documents/" + id).status());
        assertEquals(0, lib.search(lib.admin, "blåbærmetoden").path("total").asLong());

        JsonNode audit = lib.admin.get("/api/audit?module=library&recordId=" + id).json().path("entries");
        assertEquals("create, update and delete audited: " + audit, 3, audit.size());
    }

    @Test
    public void mentorsDoNotSeeCoordinatorResources() {
        Http.Answer created = lib.admin.post("/api/library/documents",
                LibraryChecks.resource("Zorblattrutinen (fiktiv)", "Zorblattrutinen gjelder bare koordinatorer.",
                        "coordinator"));
        String id = created.json().path("id").asText();
        Http mentor = lib.user("mentor");
        Http coordinator = lib.user("coordinator");
        assertEquals(0, lib.search(mentor, "zorblattrutinen").path("total").asLong());
        assertEquals(1, lib.search(coordinator, "zorblattrutinen").path("total").asLong());
        assertEquals(404, mentor.get("/api/library/documents/" + id).status());
        assertEquals(200, coordinator.get("/api/library/documents/" + id).status());
        assertEquals("[]", mentor.get("/api/library/suggest?q=zorblatt").json().toString());
        assertEquals(403, mentor.post("/api/library/documents", LibraryChecks.resource("x", "y", "all")).status());
        assertEquals(403, mentor.get("/api/library/zero-results").status());
        JsonNode mentorList = mentor.get("/api/library/documents?limit=200").json();
        assertFalse(mentorList.toString().contains("Zorblattrutinen"));
        assertTrue(mentorList.path("total").asLong()
                < coordinator.get("/api/library/documents").json().path("total").asLong());
        long mentorTotal = lib.search(mentor, "").path("total").asLong();
        long coordinatorTotal = lib.search(coordinator, "").path("total").asLong();
        assertTrue(mentorTotal < coordinatorTotal);
    }

    @Test
    public void synonymAddedByAnAdminWorksAtOnce() {
        assertEquals(0, lib.search(lib.admin, "plumbusvakt").path("total").asLong());
        Http.Answer added = lib.admin.post("/api/library/synonyms",
                Http.json("terms", List.of("plumbusvakt", "fremmedkriger")));
        assertEquals(added.toString(), 201, added.status());
        JsonNode after = lib.search(lib.admin, "plumbusvakt");
        assertTrue(after.toString(), after.path("total").asLong() > 0);
        assertFalse(after.path("fuzzy").asBoolean());
        assertEquals(204, lib.admin.delete("/api/library/synonyms/" + added.json().path("id").asText()).status());
        assertEquals(0, lib.search(lib.admin, "plumbusvakt").path("total").asLong());
    }

    @Test
    public void uploadedFileIsSearchableAndZeroResultsAreCountedWithoutIdentity() {
        Http.Answer up = lib.admin.send("POST", "/api/library/upload?filename=notat.txt&language=nb&topics=family",
                "Notat om gnistregelen (fiktivt)\n\nGnistregelen hjelper familien.", "text/plain");
        assertEquals(up.toString(), 201, up.status());
        assertEquals(1, lib.search(lib.admin, "gnistregelen").path("total").asLong());
        assertEquals(1, up.json().path("attachments").size());

        lib.search(lib.user("mentor"), "Finnesikkeord  Xqzvwplk");
        JsonNode zero = lib.admin.get("/api/library/zero-results").json();
        assertTrue(zero.toString(), zero.toString().contains("\"query\":\"finnesikkeord xqzvwplk\""));
        assertFalse("no identities", zero.toString().contains("lib-mentor"));
        JsonNode audit = lib.admin.get("/api/audit?module=library&limit=200").json();
        assertFalse("queries are not audited", audit.toString().contains("finnesikkeord"));
    }

    @Test
    public void deletedOrCorruptIndexIsRebuiltAtStartAndOnCommand() throws Exception {
        Http.Answer reindex = lib.admin.post("/api/library/reindex", "");
        assertEquals(reindex.toString(), 202, reindex.status());
        awaitJob(reindex.json().path("id").asText());
        assertTrue(lib.admin.get("/api/library/index").json().path("current").asBoolean());

        Bundle library = bundle("no.mentorkit.library");
        library.stop();
        Path index = Path.of(System.getProperty("karaf.data"), "mentorkit", "library-index");
        try (var files = Files.list(index)) {
            for (Path p : files.toList()) {
                corrupt(p);
            }
        }
        library.start();
        lib = new LibraryChecks();
        JsonNode back = lib.awaitCorpus(Duration.ofSeconds(60));
        assertTrue(back.path("total").asLong() >= 40);
        assertTrue(lib.search(lib.admin, "fremmedkrigere").path("total").asLong() > 0);

        library.stop();
        try (var files = Files.list(index)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        library.start();
        lib = new LibraryChecks();
        assertTrue(lib.awaitCorpus(Duration.ofSeconds(60)).path("total").asLong() >= 40);
    }

    @Test
    public void consoleCommandsImportAndReindexWithProgressLines() throws Exception {
        // Folder imports read only inside the configured import folders, by default under ${karaf.data}.
        Path folder = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "mentorkit", "library-import",
                "konsoll-" + UUID.randomUUID()));
        Files.writeString(folder.resolve("konsoll.md"), "---\ntitle: Konsollimport (fiktiv)\nlanguage: nb\n"
                + "topics: [family]\nevidence: practice\n---\nOrdet hvelvbuene finnes bare her.\n");
        Files.writeString(folder.resolve("tom.md"), "ingen front matter");
        String out = execute("library:import " + folder);
        assertTrue(out, out.contains("import done: 2/2 done, 1 created, 0 updated, 1 failed"));
        assertTrue(out, out.contains("tom.md: no front matter"));
        assertEquals(1, lib.search(lib.admin, "hvelvbue").path("total").asLong());
        String again = execute("library:import " + folder);
        assertTrue("idempotent: " + again, again.contains("0 created, 1 updated"));
        String reindex = execute("library:reindex");
        assertTrue(reindex, reindex.contains("reindex done"));
    }

    @Test
    public void folderImportIsConfinedToTheImportFoldersAndFollowsNoLink() throws Exception {
        // Issue 16 item 13: any server folder could be imported, and a link to /proc/self/status became a resource.
        for (String outside : List.of("/proc/self", "/etc", System.getProperty("karaf.etc"))) {
            Http.Answer a = lib.admin.post("/api/library/import", Http.json("folder", outside));
            assertEquals(outside + " " + a, 400, a.status());
            // The container's etc folder may have a run of eleven digits in its generated name, which the body
            // guard refuses first as a possible national identity number: refused either way.
            assertTrue(a.body(), a.body().contains("\"folder\"")
                    && (a.body().contains("import folder") || a.body().contains("\"nationalId\"")));
        }
        Path folder = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "mentorkit", "library-import",
                "lenker-" + UUID.randomUUID()));
        Files.createSymbolicLink(folder.resolve("status.txt"), Path.of("/proc/self/status"));
        Files.writeString(folder.resolve("notat.txt"), "Notat om grenseoppgang (fiktivt)\n\nOrdet skjærgårdsbuene.");
        Http.Answer started = lib.admin.post("/api/library/import", Http.json("folder", folder.toString()));
        assertEquals(started.toString(), 202, started.status());
        JsonNode job = awaitFinished(started.json().path("id").asText());
        assertEquals(job.toString(), 1, job.path("created").asInt());
        assertTrue(job.toString(), job.path("errors").toString().contains("symbolic link"));
        assertEquals(0, lib.search(lib.admin, "VmRSS").path("total").asLong());
        Http mentor = lib.user("mentor");
        assertEquals("imported resources are for coordinators unless the admin chooses", 0,
                lib.search(mentor, "skjærgårdsbuene").path("total").asLong());
        assertEquals(1, lib.search(lib.admin, "skjærgårdsbuene").path("total").asLong());
    }

    private JsonNode awaitFinished(String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode job = lib.admin.get("/api/library/jobs/" + id).json();
            if (!job.path("state").asText().matches("queued|running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private String execute(String command) throws Exception {
        return new ConsoleCommands(context).run(command);
    }

    private void awaitJob(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode job = lib.admin.get("/api/library/jobs/" + id).json();
            if (job.path("state").asText().equals("done")) {
                assertTrue(job.path("done").asInt() >= 40);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish");
    }

    private static void corrupt(Path p) throws IOException {
        if (!p.getFileName().toString().equals("write.lock")) {
            Files.writeString(p, "not an index");
        }
    }

    private Bundle bundle(String name) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + name);
    }

    private static String withVersion(String json, int version) {
        return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
    }

    private static boolean hasLanguage(JsonNode result, String lang) {
        for (JsonNode hit : result.path("hits")) {
            if (hit.path("language").asText().equals(lang)) {
                return true;
            }
        }
        return false;
    }

    private static String titles(JsonNode result) {
        StringBuilder sb = new StringBuilder();
        result.path("hits").forEach(h -> sb.append(h.path("title").asText()).append("; "));
        return sb.toString();
    }
}
