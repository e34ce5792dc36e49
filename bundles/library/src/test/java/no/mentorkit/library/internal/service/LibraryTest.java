package no.mentorkit.library.internal.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Draft;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;
import no.mentorkit.library.internal.store.ResourceStore;
import no.mentorkit.library.internal.store.SynonymStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database as source of truth and the index following it, on H2 and a real index folder. */
class LibraryTest {

    @TempDir
    Path dir;

    private JdbcDataSource db;
    private Library library;

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        migrate(db);
        library = open();
    }

    @AfterEach
    void tearDown() throws Exception {
        library.close();
    }

    static void migrate(JdbcDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA library");
            for (String script : List.of("V1__resources_synonyms_stats.sql", "V2__starter_synonyms.sql")) {
                String sql;
                try (InputStream in = LibraryTest.class.getResourceAsStream("/db/migration/library/" + script)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
            }
        }
    }

    private Library open() throws IOException {
        return new Library(db, LibraryIndex.open(dir.resolve("index")));
    }

    private long hits(String q) {
        return library.search(new Request(q, Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR)).total();
    }

    private static Draft draft(String title, String body) {
        return new Draft(null, title, "Fiktivt sammendrag.", body, "nb", List.of("family"), List.of("mentor"), null,
                null, 2025, "practice", "all");
    }

    @Test
    void everyChangeIsSearchableWhenTheCallReturns() {
        Resource r = library.create(draft("Familiestøtte (fiktiv)", "Pårørende trenger informasjon om ettervern."));
        assertThat(hits("ettervernet")).isEqualTo(1);
        library.update(r.id(), draft("Familiestøtte (fiktiv)", "Søsken trenger samtaler."), 1);
        assertThat(hits("ettervernet")).isZero();
        assertThat(hits("søsknene")).isEqualTo(1);
        assertThatThrownBy(() -> library.update(r.id(), draft("x", "y"), 1))
                .isInstanceOf(ResourceStore.StaleVersionException.class);
        assertThat(library.delete(r.id())).isTrue();
        assertThat(hits("søsken")).isZero();
        assertThat(library.indexCurrent()).isTrue();
    }

    @Test
    void missingOutdatedOrCorruptIndexIsRebuiltAtStart() throws Exception {
        library.create(draft("Nettverksmøter (fiktiv)", "Nettverksmøtet samler skole og helsesykepleier."));
        library.close();

        // outdated: a change the index never saw (as after a crash between database and index)
        new ResourceStore(db).insert(draft("Ettervern (fiktiv)", "Ettervernet varer i to år.").toResource());
        library = open();
        assertThat(library.indexCurrent()).isFalse();
        library.start(Map.of());
        library.awaitJobs();
        assertThat(library.indexCurrent()).isTrue();
        assertThat(hits("ettervernet")).isEqualTo(1);
        library.close();

        // corrupt: every index file overwritten with garbage
        try (var files = Files.list(dir.resolve("index"))) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals("write.lock")) {
                    Files.write(p, "not an index".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        library = open();
        assertThat(library.index().recreated()).isTrue();
        library.start(Map.of());
        library.awaitJobs();
        assertThat(hits("nettverksmøtene")).isEqualTo(1);
        assertThat(hits("ettervern")).isEqualTo(1);
    }

    @Test
    void starterCorpusLoadsOnceAndImportsAreIdempotent() throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        for (String f : List.of("01-fremmedkriger.md", "03-samtale.md")) {
            try (InputStream in = getClass().getResourceAsStream("/testdocs/" + f)) {
                corpus.put(Library.CORPUS_PREFIX + f, in.readAllBytes());
            }
        }
        corpus.put(Library.CORPUS_PREFIX + "99-broken.md", "no front matter".getBytes(StandardCharsets.UTF_8));
        Job first = library.start(corpus);
        library.awaitJobs();
        assertThat(first.view().created()).isEqualTo(2);
        assertThat(first.view().failed()).isEqualTo(1);
        assertThat(first.view().errors()).anySatisfy(e -> assertThat(e).startsWith("99-broken.md: no front matter"));
        Job again = library.start(corpus);
        library.awaitJobs();
        assertThat(again.view().created()).isZero();
        assertThat(library.resources().count()).isEqualTo(2);
        assertThat(hits("fremmedkrigere")).isEqualTo(1);
    }

    @Test
    void pdfTextIsExtractedWithPdfBoxAndSearchable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import"));
        Files.write(folder.resolve("veileder.pdf"), pdf("Veileder om ettervern (fiktiv)",
                "Mentorordningen gir ungdommen en trygg voksen etter soning."));
        Files.writeString(folder.resolve("notat.txt"), "Notat om nettverk (fiktivt)\n\nNettverket rundt familien.");
        Files.writeString(folder.resolve("side.html"), "<html><head><title>Side (fiktiv)</title></head>"
                + "<body><p>Dialogmøter i <b>nabolaget</b>.</p><script>x()</script></body></html>");
        Files.writeString(folder.resolve("ignored.docx"), "not supported");
        Job job = library.importFolder(folder, Extractor.Defaults.basic(), 20L << 20);
        library.awaitJobs();
        assertThat(job.view().created()).isEqualTo(3);
        assertThat(hits("mentorordningene")).isEqualTo(1);
        assertThat(library.search(new Request("mentorordningen", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.ALL)).hits()
                .get(0).title()).isEqualTo("Veileder om ettervern (fiktiv)");
        assertThat(hits("nabolaget")).isEqualTo(1);
        assertThat(hits("nettverket")).isEqualTo(1);
    }

    @Test
    void aFolderImportNeverFollowsALinkRefusesOversizedFilesAndKeepsTheAccessFloor() throws Exception {
        // Issue 16 item 13: a link to /proc/self/status became a resource every mentor could read.
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("hemmelig.txt"),
                "Hemmelig (fiktiv)\n\nDette skal aldri inn i biblioteket.");
        Path folder = Files.createDirectories(dir.resolve("confined"));
        Files.createSymbolicLink(folder.resolve("lenke.txt"), outside);
        Files.writeString(folder.resolve("stor.txt"), "Stor (fiktiv)\n\n" + "x".repeat(2048));
        Files.writeString(folder.resolve("apen.md"), "---\ntitle: Åpen (fiktiv)\nlanguage: nb\naccess: all\n---\n"
                + "Nabolagsarbeid for alle.");
        Job job = library.importFolder(folder, new Extractor.Defaults("nb", List.of(), List.of(), null, null, null,
                "practice", "coordinator"), 1024);
        library.awaitJobs();
        assertThat(job.view().created()).isEqualTo(1);
        assertThat(String.join("\n", job.view().errors())).contains("lenke.txt", "symbolic link", "stor.txt",
                "upload limit");
        assertThat(library.search(new Request("hemmelig", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR))
                .total()).isZero();
        assertThat(library.search(new Request("nabolagsarbeid", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.TRAINED))
                .total()).as("front matter cannot open it wider than the import's level").isZero();
        assertThat(library.search(new Request("nabolagsarbeid", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR))
                .total()).isEqualTo(1);
    }

    @Test
    void anIndexOfTheFormerFormatIsRebuiltAtStart() throws Exception {
        Resource r = library.create(draft("Opplæring (fiktiv)", "Opplæringen gjelder nye mentorer."));
        long generation = library.resources().generation();
        library.close();
        // What format library-2 wrote, at the database's generation: no clearance terms, so no mentor finds it.
        try (Directory d = FSDirectory.open(dir.resolve("index"));
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.deleteAll();
            Document old = new Document();
            old.add(new StringField("id", Long.toString(r.id()), Field.Store.YES));
            old.add(new StringField("access", "all", Field.Store.YES));
            old.add(new TextField("body_nb", "Opplæringen gjelder nye mentorer.", Field.Store.YES));
            w.addDocument(old);
            w.setLiveCommitData(Map.of("mentorkit.generation", Long.toString(generation),
                    "mentorkit.format", "library-2").entrySet());
            w.commit();
        }
        library = open();
        assertThat(library.indexCurrent()).isFalse();
        library.start(Map.of());
        library.awaitJobs();
        assertThat(library.indexCurrent()).isTrue();
        assertThat(library.search(new Request("opplæringen", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.TRAINED))
                .total()).isEqualTo(1);
    }

    @Test
    void aBulkJobLeavesTheIndexInOneSegment() throws Exception {
        library.create(draft("Skolemøte (fiktiv)", "Skolen inviterer foreldrene."));
        library.create(draft("Fritid (fiktiv)", "Fritidsklubben er åpen."));
        assertThat(library.index().segments()).as("each single change commits its own segment").isEqualTo(2);
        Path folder = Files.createDirectories(dir.resolve("bulk"));
        Files.writeString(folder.resolve("notat.txt"), "Notat om nettverk (fiktivt)\n\nNettverket rundt familien.");
        library.importFolder(folder, Extractor.Defaults.basic(), 20L << 20);
        library.awaitJobs();
        assertThat(library.index().segments()).isEqualTo(1);
        assertThat(hits("skolen")).isEqualTo(1);
        assertThat(hits("nettverket")).isEqualTo(1);
        assertThat(library.indexCurrent()).isTrue();
    }

    @Test
    void zeroResultQueriesAreCountedWithoutIdentity() {
        hits("Finnes  Ikke");
        hits("finnes ikke");
        assertThat(library.zeroResults(10)).singleElement().satisfies(e -> {
            assertThat(e.query()).isEqualTo("finnes ikke");
            assertThat(e.count()).isEqualTo(2);
        });
    }

    @Test
    void aSynonymGroupAppliesToTheNextSearchAndStopsWhenRemoved() {
        library.create(draft("Fremmedkriger (fiktiv)", "En fremmedkriger kommer hjem."));
        assertThat(hits("framandkrigar")).as("a starter synonym").isEqualTo(1);
        assertThat(hits("utreisende")).isZero();
        SynonymStore.Group group = library.addSynonyms(List.of("fremmedkriger", "utreisende"));
        assertThat(hits("utreisende")).isEqualTo(1);
        Result r = library.search(new Request("utreisende", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.ALL));
        assertThat(r.fuzzy()).isFalse();
        assertThat(library.deleteSynonyms(group.id())).isTrue();
        assertThat(hits("utreisende")).as("without the group the word finds nothing").isZero();
        assertThat(library.deleteSynonyms(group.id())).isFalse();
    }

    static byte[] pdf(String title, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
