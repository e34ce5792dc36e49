package no.mentorkit.itests.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's encryption at rest, as an operator sets it up: {@code ;CIPHER=AES} in the H2 URL and a key file outside
 * the installation. A key file others can read, or one that is not there, keeps the database from starting (no
 * unencrypted database is made meanwhile); with a proper key a user written through the API is not in the database
 * file or its backup in plain, the file does not open without the key, and after a restart the user is read back.
 */
class EncryptionAtRestIT {

    private static final String PASSWORD = "Fictional-admin-password-1";
    private static final String DATASOURCE = "etc/org.ops4j.datasource-mentorkit.cfg";
    private static final String URL = "jdbc:h2:file:${karaf.data}/mentorkit/db/mentorkit;DATABASE_TO_LOWER=TRUE;"
            + "WRITE_DELAY=0;CIPHER=AES";

    @Test
    void aProperKeyEncryptsTheDatabaseAndAnUnusableKeyKeepsItFromStarting() throws Exception {
        try (Distribution dist = new Distribution("encryption-at-rest", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD))) {
            Path outside = fresh(dist.home().resolveSibling("encryption-at-rest-outside"));
            Path key = outside.resolve("db.key");
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.writeString(key, Base64.getEncoder().encodeToString(raw) + "\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
            dist.setProperty(DATASOURCE, "url", URL);
            dist.setProperty(DATASOURCE, "mentorkit.h2.keyFile", key.toString());
            Path log = dist.home().resolve("data/log/karaf.log");
            Path dbFile = dist.home().resolve("data/mentorkit/db/mentorkit.mv.db");

            dist.launch();
            assertTrue(Http.await(() -> refusals(log).stream().anyMatch(l -> l.contains("owner only")),
                    Duration.ofSeconds(120)), "a key others can read is refused in the log");
            // The key file's name changes while it runs: fileinstall hands the configuration over again.
            dist.setProperty(DATASOURCE, "mentorkit.h2.keyFile", outside.resolve("missing.key").toString());
            assertTrue(Http.await(() -> refusals(log).stream().anyMatch(l -> l.contains("does not exist")),
                    Duration.ofSeconds(30)), "a missing key is refused in the log");
            assertNotEquals(200, dist.http().get("/api/health").status(), "not UP without a usable key");
            assertFalse(Files.exists(dbFile), "no database was made without the key");
            dist.stop();

            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            dist.setProperty(DATASOURCE, "mentorkit.h2.keyFile", key.toString());
            dist.start();
            Http admin = dist.http().basic("admin", PASSWORD);
            String name = "Fiktiv Krypteringsprove " + System.nanoTime() % 100000;
            Http.Answer created = admin.post("/api/users", Http.json("username", "crypt-" + System.nanoTime() % 100000,
                    "displayName", name, "roles", List.of("mentor"), "password", "fictional-walrus-password-1"));
            assertEquals(201, created.status(), created.toString());
            Http.Answer backup = admin.post("/api/admin/backups", "");
            assertEquals(201, backup.status(), backup.toString());
            Path backupFile = dist.home().resolve("backups").resolve(backup.json().path("file").asText());
            dist.stop();

            assertFalse(plainIn(Files.readAllBytes(dbFile), name), "the database file holds the name in plain");
            assertFalse(plainIn(unzipped(backupFile), name), "the backup holds the name in plain");
            String filePassword = HexFormat.of().formatHex(raw);
            assertEquals(List.of(), filesHolding(dist.home(), filePassword), "the key is not written anywhere");
            String h2Url = "jdbc:h2:file:" + dbFile.toString().replace(".mv.db", "") + ";DATABASE_TO_LOWER=TRUE";
            assertThrows(Exception.class, () -> DriverManager.getConnection(h2Url + ";IFEXISTS=TRUE", "mentorkit",
                    "mentorkit").close(), "the file does not open without the key");
            // The control: with the key, H2 itself finds the name in the same file.
            try (Connection c = DriverManager.getConnection(h2Url + ";CIPHER=AES;IFEXISTS=TRUE", "mentorkit",
                    filePassword + " mentorkit");
                    ResultSet r = c.createStatement().executeQuery(
                            "SELECT count(*) FROM platform.users WHERE display_name = '" + name + "'")) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1));
            }

            dist.start();
            String users = dist.http().basic("admin", PASSWORD).get("/api/users").body();
            assertTrue(users.contains(name), users);
        }
    }

    private static List<String> refusals(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log).stream()
                    .filter(l -> l.contains("encrypted-h2.refused")).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Files of the installation (etc/, Karaf's configuration store in data/, logs) that hold the text. */
    private static List<Path> filesHolding(Path home, String text) throws IOException {
        try (var files = Files.walk(home)) {
            // system/ holds the shipped jars only.
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(home.resolve("system"))).filter(f -> {
                try {
                    return plainIn(Files.readAllBytes(f), text);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static boolean plainIn(byte[] bytes, String text) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        return s.contains(text) || s.contains(new String(text.getBytes(StandardCharsets.UTF_16BE),
                StandardCharsets.ISO_8859_1));
    }

    private static byte[] unzipped(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                in.transferTo(all);
            }
            return all.toByteArray();
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
