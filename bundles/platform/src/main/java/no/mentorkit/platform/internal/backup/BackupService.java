package no.mentorkit.platform.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import javax.crypto.SecretKey;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.install.OwnerOnly;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.storage.Storage;

/**
 * Consistent online backups of the embedded H2 database ({@code BACKUP TO}: a copy of the store as of one moment,
 * taken while it keeps serving), optionally encrypted. PostgreSQL has its own tools, which the README names.
 */
@Component(service = BackupService.class, configurationPid = "no.mentorkit.platform.backup")
@Designate(ocd = BackupConfig.class)
public class BackupService {

    /** One backup file as listed and as answered when written. */
    public record Backup(String file, long bytes, String sha256, boolean encrypted, Instant at) {
    }

    static final String SUFFIX = ".h2.zip";
    static final String ENCRYPTED_SUFFIX = SUFFIX + ".enc";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Storage storage;
    private final AuditLog audit;
    private volatile Path folder;
    private volatile Path keyFile;

    @Activate
    public BackupService(@Reference Storage storage, @Reference AuditLog audit, BackupConfig config) {
        this.storage = storage;
        this.audit = audit;
        configure(config);
    }

    @Modified
    void configure(BackupConfig config) {
        this.folder = config.folder().isBlank()
                ? Path.of(System.getProperty("karaf.home", "."), "backups") : Path.of(config.folder());
        this.keyFile = config.keyFile().isBlank() ? null : Path.of(config.keyFile());
    }

    /** Writes a backup now, audited under the actor's name (a user, or the console operator). */
    public Backup write(String actor, String remoteAddress) {
        if (!storage.databaseProduct().toLowerCase(Locale.ROOT).contains("h2")) {
            throw ApiProblem.conflict("Mentorkit runs on " + storage.databaseProduct()
                    + ": back it up with the database's own tools (pg_dump), as the README describes.");
        }
        Instant at = Instant.now();
        String name = "mentorkit-" + NAME.format(at) + (keyFile == null ? SUFFIX : ENCRYPTED_SUFFIX);
        try {
            SecretKey key = keyFile == null ? null : BackupCipher.key(keyFile);
            Files.createDirectories(folder);
            OwnerOnly.restrict(folder);
            Path plain = Files.createTempFile(folder, ".writing-", ".zip");
            Path target = folder.resolve(name);
            try {
                // H2 writes the zip itself and refuses an existing file.
                Files.delete(plain);
                backupTo(plain);
                Path written = plain;
                if (key != null) {
                    written = Files.createTempFile(folder, ".writing-", ".enc");
                    try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(written)) {
                        BackupCipher.encrypt(in, out, key);
                    }
                    Files.delete(plain);
                }
                OwnerOnly.restrict(written);
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(plain);
            }
            Backup b = describe(target);
            audit.record(new AuditEvent(actor, remoteAddress, "platform", "backup",
                    "database", name, b.bytes() + " bytes, sha256 " + b.sha256()));
            return b;
        } catch (IOException e) {
            // Most often a full disk or a wrong key file: the operator's to fix, so said as it is.
            throw new ApiProblem(507, "Insufficient Storage", "The backup could not be written to " + folder + ": "
                    + e.getMessage());
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("mentorkit-")
                    && (f.toString().endsWith(SUFFIX) || f.toString().endsWith(ENCRYPTED_SUFFIX)))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .map(f -> {
                        try {
                            return describe(f);
                        } catch (IOException e) {
                            return null;
                        }
                    }).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw ApiProblem.conflict("The backup folder " + folder + " cannot be read: " + e.getMessage());
        }
    }

    public Path folder() {
        return folder;
    }

    private void backupTo(Path file) throws IOException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Backup describe(Path f) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new Backup(f.getFileName().toString(), Files.size(f), HexFormat.of().formatHex(sha.digest()),
                f.toString().endsWith(ENCRYPTED_SUFFIX), Files.getLastModifiedTime(f).toInstant());
    }
}
