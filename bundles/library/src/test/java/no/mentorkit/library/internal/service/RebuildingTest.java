package no.mentorkit.library.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;
import no.mentorkit.library.internal.model.Draft;

/**
 * A lost index (issue 15 item 5): from the moment the library starts until the rebuild is done it says it is
 * rebuilding, so searches are refused with a reason rather than answered with an empty result that looks final.
 */
class RebuildingTest {

    @TempDir
    Path dir;

    @Test
    void aLostIndexSaysItIsRebuildingFromTheStartUntilItIsDone() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        LibraryTest.migrate(db);
        Path folder = dir.resolve("index");
        try (Library first = new Library(db, LibraryIndex.open(folder))) {
            first.create(new Draft(null, "Ettervern (fiktiv)", "Fiktivt sammendrag.", "ettervern", "nb",
                    List.of("family"), List.of("mentor"), null, null, 2025, "practice", "all"));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        try (Library library = new Library(db, LibraryIndex.open(folder))) {
            assertThat(library.rebuilding()).isFalse();
            library.start(Map.of());
            assertThat(library.rebuilding()).as("said before the job even runs").isTrue();
            library.awaitJobs();
            assertThat(library.rebuilding()).isFalse();
            assertThat(library.search(new Request("ettervern", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR))
                    .total()).isEqualTo(1);
        }
    }
}
