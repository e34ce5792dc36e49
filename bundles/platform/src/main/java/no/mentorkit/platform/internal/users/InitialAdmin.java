package no.mentorkit.platform.internal.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.security.Accounts;
import no.mentorkit.platform.internal.security.Tokens;
import no.mentorkit.platform.security.Role;

/**
 * On the first start, with no users at all, creates {@code admin}. Its password comes from
 * {@code MENTORKIT_ADMIN_PASSWORD} (system property, then environment) or is generated, written owner-only to
 * {@code data/mentorkit/initial-admin-password} and printed once on the console.
 */
@Component(immediate = true, service = InitialAdmin.class)
public class InitialAdmin {

    public static final String PASSWORD_VARIABLE = "MENTORKIT_ADMIN_PASSWORD";
    public static final String USERNAME = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    @Activate
    public InitialAdmin(@Reference UserStore users, @Reference Accounts accounts, @Reference AuditLog audit) {
        if (users.count() > 0) {
            return;
        }
        String given = System.getProperty(PASSWORD_VARIABLE, System.getenv(PASSWORD_VARIABLE));
        String password = given == null || given.isBlank() ? Tokens.random(18) : given;
        users.create(USERNAME, "Administrator", EnumSet.of(Role.ADMIN), accounts.newPasswordHash(PASSWORD_VARIABLE, USERNAME, password));
        audit.record(new AuditEvent("system", null, "platform", "create", "user", USERNAME, "initial administrator"));
        if (given == null || given.isBlank()) {
            Path file = passwordFile();
            write(file, password);
            System.out.println("Mentorkit: initial password for user 'admin': " + password
                    + " (also in " + file + "; change it after first login)");
            LOG.warn("Created user 'admin' with a generated password, written to {}", file);
        } else {
            LOG.info("Created user 'admin' with the password from {}", PASSWORD_VARIABLE);
        }
    }

    static Path passwordFile() {
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "mentorkit", "initial-admin-password");
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
