package no.mentorkit.platform.internal.install;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the data folder and the files in etc/ that hold secrets owner-only at every start. bin/setenv sets a safe
 * umask for what Karaf creates from then on, but a distribution unpacks with the archive's modes (etc/ files
 * readable by all, among them the database password) and may be started by other means (a service unit, a test
 * harness) that do not read setenv.
 */
@Component(immediate = true, service = OwnerOnlyFiles.class)
public class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);

    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** Files in etc/ with passwords, password hashes or private keys. */
    static final List<String> SECRET_GLOBS = List.of("org.ops4j.datasource-*.cfg", "users.properties",
            "keys.properties", "host.key", "*.p12", "*.pfx", "*.jks", "*.keystore");

    @Activate
    public OwnerOnlyFiles() {
        narrow(property("karaf.data"), property("karaf.etc"));
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** Narrows the data folder (not what is inside: a folder others cannot enter hides it) and etc/'s secrets. */
    static void narrow(Path data, Path etc) {
        if (data != null && Files.isDirectory(data)) {
            set(data, OWNER_DIR);
        }
        if (etc == null || !Files.isDirectory(etc)) {
            return;
        }
        for (String glob : SECRET_GLOBS) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(etc, glob)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        set(file, OWNER_FILE);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not list {} in {}: {}", glob, etc, e.toString());
            }
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
                LOG.info("Made {} owner-only ({})", path, PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): access is governed by its ACLs, set by whoever installs.
        } catch (IOException e) {
            LOG.warn("Could not make {} owner-only: {}", path, e.toString());
        }
    }
}
