package no.mentorkit.platform.internal.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Owner-only files and folders for what Mentorkit writes outside its database: backups, keys, checkpoints. */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Makes a file {@code rw-------} or a folder {@code rwx------}. */
    public static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path)
                    ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACLs apply, set by whoever installs.
        }
    }

    /** Refuses a secret that others on the machine can read: anyone who can read a key can use it. */
    public static void require(Path file, String what) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                throw new IOException(what + " " + file + " must be readable by its owner only (chmod 600)");
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: its ACLs are the operator's to set.
        }
    }
}
