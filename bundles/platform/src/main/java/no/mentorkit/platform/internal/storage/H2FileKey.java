package no.mentorkit.platform.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import no.mentorkit.platform.internal.install.KeyFiles;

/**
 * The file key of an encrypted embedded database ({@code CIPHER=AES} in the H2 URL), read from a key file the
 * operator keeps outside the data folder. A key beside the database it locks protects nothing: whoever copies the
 * data folder (or a backup of it) would take the key along, so such a file is refused, as is one others can read.
 */
public final class H2FileKey {

    private H2FileKey() {
    }

    /**
     * The H2 file password for the key in {@code keyFile}: its 32 bytes in hex (H2 separates the file password from
     * the user password by a space, so the password itself must not hold one).
     */
    public static String filePassword(Path keyFile, Path dataFolder) throws IOException {
        if (inside(keyFile, dataFolder)) {
            throw new IOException("the key file " + keyFile + " is inside the data folder " + dataFolder
                    + ": keep it elsewhere, or a copy of the data folder carries its own key");
        }
        return HexFormat.of().formatHex(KeyFiles.read256(keyFile));
    }

    /** By real path too, so a link from elsewhere into the data folder is caught. */
    static boolean inside(Path file, Path folder) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        Path d = folder.toAbsolutePath().normalize();
        if (f.startsWith(d)) {
            return true;
        }
        return Files.exists(file) && Files.exists(folder) && file.toRealPath().startsWith(folder.toRealPath());
    }
}
