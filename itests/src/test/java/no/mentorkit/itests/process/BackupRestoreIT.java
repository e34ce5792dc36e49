package no.mentorkit.itests.process;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's backup and restore, as an operator does it: an encrypted online backup through the admin API, more
 * writes, a stop, {@code bin/mentorkit-restore} with the key, a start. The restored system serves exactly what was
 * backed up (users, a course, a library resource and its search) and its audit chain verifies.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "Fictional-admin-password-1";

    @Test
    void anEncryptedBackupRestoresExactlyTheBackedUpState() throws Exception {
        try (Distribution dist = new Distribution("backup-restore", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD))) {
            Path work = dist.home().resolveSibling("backup-restore-outside");
            if (Files.exists(work)) {
                try (var old = Files.walk(work)) {
                    old.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            Files.createDirectories(work);
            Path key = work.resolve("backup.key");
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.writeString(key, Base64.getEncoder().encodeToString(raw) + "\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            dist.setProperty("etc/no.mentorkit.platform.backup.cfg", "folder", work.resolve("backups").toString());
            dist.setProperty("etc/no.mentorkit.platform.backup.cfg", "keyFile", key.toString());
            dist.start();
            Http admin = dist.http().basic("admin", PASSWORD);

            long before = user(admin, "mentor-before");
            FictionalCourse.open(admin, "Før Kopi", before, "BKP-2026-001");
            String kept = "kopiprøvealfa";
            assertEquals(201, admin.post("/api/library/documents", resource(kept)).status());

            Http.Answer backup = admin.post("/api/admin/backups", "");
            assertEquals(201, backup.status(), backup.toString());
            assertTrue(backup.json().path("encrypted").asBoolean(), backup.toString());
            Path file = work.resolve("backups").resolve(backup.json().path("file").asText());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains("mentor-before"), "the backup is encrypted");
            assertEquals(1, admin.get("/api/admin/backups").json().size());

            long after = user(admin, "mentor-after");
            FictionalCourse.open(admin, "Etter Kopi", after, "BKP-2026-002");
            String lost = "etterskrevetomega";
            assertEquals(201, admin.post("/api/library/documents", resource(lost)).status());

            String running = restore(dist, file, key);
            assertTrue(running.contains("Mentorkit is running"), "refused while running: " + running);
            dist.stop();
            String keyless = restore(dist, file, null);
            assertTrue(keyless.contains("give its key file"), "refused without the key: " + keyless);
            String out = restore(dist, file, key);
            assertTrue(out.contains("Restored"), out);
            dist.start();

            admin = dist.http().basic("admin", PASSWORD);
            String users = admin.get("/api/users").body();
            assertTrue(users.contains("mentor-before"), users);
            assertFalse(users.contains("mentor-after"), users);
            String courses = admin.get("/api/registry/courses").body();
            assertTrue(courses.contains("BKP-2026-001"), courses);
            assertFalse(courses.contains("BKP-2026-002"), courses);
            assertTrue(Http.await(() -> total(dist, kept) == 1, Duration.ofSeconds(60)),
                    "the resource written before the backup is found again");
            assertEquals(0, total(dist, lost), "the index was rebuilt from the restored database");
            JsonNode verify = admin.get("/api/audit/verify").json();
            assertTrue(verify.path("valid").asBoolean(), verify.toString());
        }
    }

    private static long user(Http admin, String prefix) {
        String name = prefix + "-" + System.nanoTime() % 100000;
        Http.Answer a = admin.post("/api/users", Http.json("username", name, "displayName", "Fiktiv " + prefix,
                "roles", List.of("mentor"), "password", "fictional-walrus-password-1"));
        assertEquals(201, a.status(), a.toString());
        return a.json().path("id").asLong();
    }

    private static String resource(String title) {
        return Http.json("title", title + " (fiktiv)", "summary", "Fiktiv testressurs.", "body", "Fiktiv tekst om "
                + title + ".", "language", "nb", "topics", List.of("family"), "audience", List.of("mentor"), "year",
                2025, "evidence", "practice", "access", "all");
    }

    private static long total(Distribution dist, String title) {
        Http admin = dist.http().basic("admin", PASSWORD);
        return admin.get("/api/library/search?q=" + URLEncoder.encode(title,
                StandardCharsets.UTF_8)).json().path("total").asLong();
    }

    /** Runs bin/mentorkit-restore as an operator would, returning what it printed. */
    private static String restore(Distribution dist, Path backup, Path key) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(dist.home().resolve("bin/mentorkit-restore").toString(),
                backup.toString()));
        if (key != null) {
            cmd.addAll(List.of("--key", key.toString()));
        }
        Process p = new ProcessBuilder(cmd).directory(dist.home().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}
