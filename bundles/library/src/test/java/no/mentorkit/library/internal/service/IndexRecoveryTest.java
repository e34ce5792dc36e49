package no.mentorkit.library.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;
import no.mentorkit.library.internal.model.Draft;
import no.mentorkit.library.internal.model.Resource;

/**
 * A full disk under the index (issue 15 item 5): a real, small tmpfs holds the index and is filled up. Changes keep
 * their place in the database, the library says it is degraded, and once space returns the index writer is reopened
 * and rebuilt by itself, with no restart. Needs root to mount; skipped elsewhere.
 */
class IndexRecoveryTest {

    @TempDir
    Path dir;

    private Path mount;
    private JdbcDataSource db;
    private Library library;

    @BeforeEach
    void setUp() throws Exception {
        mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "a tmpfs cannot be mounted here (needs root)");
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        LibraryTest.migrate(db);
        library = new Library(db, LibraryIndex.open(mount.resolve("index")));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (library != null) {
            library.close();
        }
        new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
    }

    @Test
    void aFullDiskDegradesTheIndexAndItRecoversByItselfWhenSpaceReturns() throws Exception {
        library.create(draft("Før disken ble full (fiktiv)", "ettervern"));
        Path filler = mount.resolve("filler");
        fill(filler);

        List<Resource> written = new ArrayList<>();
        for (int i = 0; i < 5 && library.degraded().isEmpty(); i++) {
            // Each change is stored in the database even though the index cannot take it.
            written.add(library.create(draft("Skrevet med full disk " + i + " (fiktiv)", "ettervern " + "ord ".repeat(20_000))));
        }
        assertThat(library.degraded()).hasValueSatisfying(r -> assertThat(r).contains("disk is full"));
        assertThat(written).allSatisfy(r -> assertThat(library.resources().find(r.id())).isPresent());

        Files.delete(filler);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (library.degraded().isPresent() && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(library.degraded()).as("recovered without a restart").isEmpty();
        assertThat(library.indexCurrent()).isTrue();
        assertThat(hits("ettervern")).isEqualTo(written.size() + 1);

        Resource after = library.create(draft("Etter at plassen kom tilbake (fiktiv)", "ettervern"));
        assertThat(hits("ettervern")).isEqualTo(written.size() + 2);
        assertThat(after.id()).isPositive();
    }

    private long hits(String q) {
        return library.search(new Request(q, Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR)).total();
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static Draft draft(String title, String body) {
        return new Draft(null, title, "Fiktivt sammendrag.", body, "nb", List.of("family"), List.of("mentor"), null,
                null, 2025, "practice", "all");
    }
}
