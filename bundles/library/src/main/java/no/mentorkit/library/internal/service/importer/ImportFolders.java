package no.mentorkit.library.internal.service.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.mentorkit.library.internal.model.AccessLevel;

/**
 * The server folders the library may import from, as configured ({@code importFolders}; by default
 * {@code ${karaf.data}/mentorkit/library-import}). A folder import reads files as the server's user and publishes
 * them, so it is confined: the requested folder must lie inside one of these once every symbolic link on the way
 * is resolved, and what is imported gets the most restrictive access level unless the admin chooses another.
 */
public final class ImportFolders {

    /** What a folder import gets when the admin chooses no access level: only coordinators and admins read it. */
    public static final AccessLevel DEFAULT_ACCESS = AccessLevel.COORDINATOR;

    private final List<Path> roots;

    public ImportFolders(List<Path> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one import folder is needed");
        }
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** From configuration; {@code ${karaf.data}} stands for Karaf's data folder; nothing configured means the default. */
    public static ImportFolders of(String[] configured, String karafData) {
        List<Path> roots = new ArrayList<>();
        // A .cfg file gives a list as one comma-separated string.
        for (String line : configured == null ? new String[0] : configured) {
            for (String c : line == null ? new String[0] : line.split(",")) {
                if (!c.isBlank()) {
                    roots.add(Path.of(c.strip().replace("${karaf.data}", karafData)));
                }
            }
        }
        if (roots.isEmpty()) {
            roots.add(Path.of(karafData, "mentorkit", "library-import"));
        }
        return new ImportFolders(roots);
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * The real folder to import for what the admin asked: an absolute path, or one relative to the first import
     * folder. Refused, with a reason that names the import folders, when it is outside all of them.
     */
    public Path resolve(String requested) {
        Path first = roots.get(0);
        try {
            Files.createDirectories(first);
        } catch (IOException e) {
            throw new IllegalArgumentException("the import folder " + first + " cannot be created: " + e.getMessage());
        }
        Path asked = Path.of(requested == null || requested.isBlank() ? "." : requested.strip());
        Path folder = asked.isAbsolute() ? asked : first.resolve(asked);
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        if (!Files.isDirectory(real)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) {
                    return real;
                }
            } catch (IOException e) {
                // An import folder that cannot be resolved confines nothing; the next one may.
            }
        }
        throw new IllegalArgumentException("must be inside an import folder (" + String.join(", ",
                roots.stream().map(Path::toString).toList()) + "); set importFolders in etc/no.mentorkit.library.cfg");
    }

    /** The level imported resources get: the admin's choice, else {@link #DEFAULT_ACCESS}. */
    public static AccessLevel access(String chosen) {
        return chosen == null || chosen.isBlank() ? DEFAULT_ACCESS : AccessLevel.fromCode(chosen.strip())
                .orElseThrow(() -> new IllegalArgumentException("must be one of all, trained, coordinator"));
    }
}
