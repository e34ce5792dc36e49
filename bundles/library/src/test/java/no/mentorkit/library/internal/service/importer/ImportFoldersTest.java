package no.mentorkit.library.internal.service.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.mentorkit.library.internal.model.AccessLevel;

class ImportFoldersTest {

    @TempDir
    Path dir;

    @Test
    void onlyFoldersInsideTheConfiguredOnesAreImportedEvenThroughLinks() throws Exception {
        Path root = Files.createDirectories(dir.resolve("data/mentorkit/library-import"));
        Path inside = Files.createDirectories(root.resolve("veiledere"));
        Path outside = Files.createDirectories(dir.resolve("etc"));
        Files.createSymbolicLink(root.resolve("snarvei"), outside);
        ImportFolders folders = ImportFolders.of(new String[] {"${karaf.data}/mentorkit/library-import"},
                dir.resolve("data").toString());

        assertThat(folders.resolve(inside.toString())).isEqualTo(inside.toRealPath());
        assertThat(folders.resolve("veiledere")).isEqualTo(inside.toRealPath());
        assertThatThrownBy(() -> folders.resolve(outside.toString())).hasMessageContaining("inside an import folder");
        assertThatThrownBy(() -> folders.resolve("/proc/self")).hasMessageContaining("inside an import folder");
        assertThatThrownBy(() -> folders.resolve("snarvei")).as("a link out of the folder")
                .hasMessageContaining("inside an import folder");
        assertThatThrownBy(() -> folders.resolve(root + "/../../../etc")).hasMessageContaining("inside an import folder");
    }

    @Test
    void theDefaultFolderIsUnderKarafDataAndIsCreated() {
        ImportFolders folders = ImportFolders.of(new String[0], dir.toString());
        assertThat(folders.roots()).containsExactly(dir.resolve("mentorkit/library-import"));
        assertThat(folders.resolve("")).isEqualTo(dir.resolve("mentorkit/library-import"));
    }

    @Test
    void importedResourcesAreForCoordinatorsUnlessTheAdminChoosesOtherwise() {
        assertThat(ImportFolders.access(null)).isEqualTo(AccessLevel.COORDINATOR);
        assertThat(ImportFolders.access("all")).isEqualTo(AccessLevel.ALL);
        assertThatThrownBy(() -> ImportFolders.access("everyone")).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(AccessLevel.values())).last().isEqualTo(ImportFolders.DEFAULT_ACCESS);
    }
}
