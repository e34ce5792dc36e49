package no.mentorkit.platform.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup into a stopped installation: {@code bin/mentorkit-restore <backup> [--key <key file>]}. Runs
 * outside Karaf, with the JDK alone. The database folder in place is moved aside (never deleted), and the library
 * index, which is derived from the database, is moved aside too so that the next start rebuilds it from what was
 * restored.
 */
public final class Restore {

    private static final String DB_FILE = "mentorkit.mv.db";

    private Restore() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Restore refused: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(String[] args) throws IOException {
        Path backup = null;
        Path keyFile = null;
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> keyFile = Path.of(value(args, ++i, "--key"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                default -> backup = Path.of(args[i]);
            }
        }
        if (backup == null || !Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("usage: mentorkit-restore <backup file> [--key <key file>]"
                    + (backup == null ? "" : "; no file " + backup));
        }
        Path db = data.resolve("mentorkit/db");
        refuseWhileRunning(db.resolve(DB_FILE));
        boolean encrypted = backup.toString().endsWith(BackupService.ENCRYPTED_SUFFIX);
        if (encrypted && keyFile == null) {
            throw new IllegalArgumentException("the backup is encrypted: give its key file with --key");
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path incoming = data.resolve("mentorkit/db.restoring-" + stamp);
        Files.createDirectories(incoming);
        Path zip = incoming.resolve("backup.zip");
        if (encrypted) {
            try (InputStream in = Files.newInputStream(backup); OutputStream out = Files.newOutputStream(zip)) {
                BackupCipher.decrypt(in, out, BackupCipher.key(keyFile));
            }
        } else {
            Files.copy(backup, zip);
        }
        unzip(zip, incoming);
        Files.delete(zip);
        if (!Files.isRegularFile(incoming.resolve(DB_FILE))) {
            throw new IOException("the backup holds no " + DB_FILE + ": not a Mentorkit backup");
        }
        if (Files.exists(db)) {
            Files.move(db, data.resolve("mentorkit/db.before-restore-" + stamp));
        }
        Files.move(incoming, db);
        // Derived from the database (the index), or anchoring a chain the restore has just taken back (the
        // checkpoints): both start again from the restored database, and the old ones are kept beside it.
        for (String derived : new String[] {"library-index", "audit-checkpoints"}) {
            Path old = data.resolve("mentorkit/" + derived);
            if (Files.exists(old)) {
                Files.move(old, data.resolve("mentorkit/" + derived + ".before-restore-" + stamp));
            }
        }
        System.out.println("Restored " + backup + " into " + db + ". The database that was there is in "
                + "mentorkit/db.before-restore-" + stamp + "; the library index is rebuilt at the next start.");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** H2 holds a lock on its file while the database is open: restoring under a running Mentorkit would be lost. */
    private static void refuseWhileRunning(Path dbFile) throws IOException {
        if (!Files.exists(dbFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw new IOException("Mentorkit is running (its database is open): stop it first (bin/stop)");
            }
        } catch (OverlappingFileLockException e) {
            throw new IOException("Mentorkit is running (its database is open): stop it first (bin/stop)");
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                Path target = into.resolve(e.getName()).normalize();
                // A backup names files inside the folder only; anything else is not ours.
                if (!target.startsWith(into) || e.isDirectory()) {
                    throw new IOException("the backup names a file outside the database folder: " + e.getName());
                }
                Files.copy(in, target);
            }
        }
    }
}
