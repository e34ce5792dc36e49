package no.mentorkit.itests.container;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.storage.Storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Storage behaviour that must hold on every supported database: migrations, the audit chain, and data written
 * through the API. Each Pax Exam class calls these from its own tests (Pax Exam mixes up test methods that two
 * probe classes inherit from one base class, so this is composition, not inheritance).
 */
final class StorageChecks {

    private static final String RETENTION = "/api/admin/retention";

    final Storage storage;
    final AuditLog audit;
    final Http anonymous;
    final Http admin;
    private final String expectedProduct;

    StorageChecks(BundleContext context, String expectedProduct) {
        this.expectedProduct = expectedProduct;
        storage = Services.await(context, Storage.class, Duration.ofSeconds(60));
        audit = Services.await(context, AuditLog.class, Duration.ofSeconds(60));
        anonymous = new Http(MentorkitContainer.baseUrl());
        assertTrue("Mentorkit answers /api/health", anonymous.awaitOk("/api/health", Duration.ofSeconds(60)));
        admin = anonymous.basic("admin", MentorkitContainer.ADMIN_PASSWORD);
    }

    void healthNamesTheDatabase() {
        JsonNode health = anonymous.get("/api/health").json();
        assertEquals("UP", health.path("status").asText());
        assertEquals(expectedProduct, health.path("database").path("product").asText());
    }

    void migrationsRunTwiceWithoutHarm() throws SQLException {
        Bundle platform = FrameworkUtil.getBundle(Storage.class);
        long usersBefore = count("SELECT COUNT(*) FROM platform.users");
        long historyBefore = count("SELECT COUNT(*) FROM platform.schema_history");
        assertEquals("nothing left to apply", 0, storage.migrate("platform", platform));
        assertEquals("and again", 0, storage.migrate("platform", platform));
        assertEquals(usersBefore, count("SELECT COUNT(*) FROM platform.users"));
        assertEquals(historyBefore, count("SELECT COUNT(*) FROM platform.schema_history"));
        assertTrue("the history records the platform's first migration",
                count("SELECT COUNT(*) FROM platform.schema_history WHERE version = '1' AND success = TRUE") == 1);
    }

    void userCreatedThroughTheApiIsStoredAndAudited() {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer created = admin.post("/api/users", Http.json("username", name, "displayName",
                "Fictional Test User", "roles", List.of("coordinator"), "password", "fictional-walrus-password-1"));
        assertEquals(created.toString(), 201, created.status());
        Http.Answer asUser = anonymous.basic(name, "fictional-walrus-password-1").get("/api/session");
        assertEquals(asUser.toString(), 200, asUser.status());
        assertEquals("coordinator", asUser.json().path("roles").get(0).asText());
        JsonNode entries = admin.get("/api/audit?action=create&recordType=user&recordId=" + name).json().path("entries");
        assertEquals(1, entries.size());
        assertEquals("admin", entries.get(0).path("actor").asText());
    }

    void auditChainShowsTamperingAndHoldsAgainWhenRestored() throws SQLException {
        long id = audit.record(new AuditEvent("it-tester", "127.0.0.1", "itest", "read", "case", "TEST-0001",
                "fictional entry")).id();
        assertTrue(audit.verify().valid());
        update("UPDATE platform.audit_log SET detail = 'changed afterwards' WHERE id = " + id);
        try {
            AuditLog.ChainVerification broken = audit.verify();
            assertFalse("a changed entry breaks the chain", broken.valid());
            assertEquals(Long.valueOf(id), broken.brokenAt());
            JsonNode viaApi = admin.get("/api/audit/verify").json();
            assertFalse(viaApi.path("valid").asBoolean());
            assertEquals(id, viaApi.path("brokenAt").asLong());
        } finally {
            update("UPDATE platform.audit_log SET detail = 'fictional entry' WHERE id = " + id);
        }
        assertTrue("restored, the chain holds again", audit.verify().valid());
    }

    void auditEntriesFollowEachOtherUnderConcurrentWriters() throws Exception {
        Thread[] writers = new Thread[4];
        for (int t = 0; t < writers.length; t++) {
            int n = t;
            writers[t] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.record(new AuditEvent("writer-" + n, null, "itest", "update", "case", "TEST-" + i, null));
                }
            });
            writers[t].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        AuditLog.ChainVerification v = audit.verify();
        assertTrue(v.detail(), v.valid());
        assertTrue(v.checked() >= 100);
    }

    /**
     * Issue 18, item 3: audit entries past their retention are deleted from the oldest end, the chain's new start is
     * anchored (a base row and a signed line outside the database), and verification proves integrity from there: a
     * changed kept entry, a changed base and a base recorded outside a retention run are all still found.
     */
    void auditPruningKeepsTheChainVerifiable() throws SQLException {
        List<Long> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(audit.record(new AuditEvent("it-tester", "127.0.0.1", "itest", "read", "case", "TEST-PRUNE-" + i,
                    "fictional entry to prune")).id());
        }
        assertTrue(audit.verify().valid());
        JsonNode rule = line("platform", "audit-entries");
        assertEquals("audit entries are kept ten years by default", 3650, rule.path("keepDays").asInt());
        assertEquals("DELETE", rule.path("action").asText());
        assertEquals("nothing written today is due under the default", 0, rule.path("due").asLong());
        long baseBefore = count("SELECT COALESCE(MAX(chain_seq), 0) FROM platform.audit_chain_base");

        Http.Answer set = admin.send("PUT", RETENTION + "/platform/audit-entries",
                Http.json("keepDays", 0, "action", "DELETE"), "application/json");
        try {
            assertEquals(set.toString(), 200, set.status());
            assertTrue("the preview counts the entries written before now", set.json().path("due").asLong() >= 5);
            // The run keeps the entry its head checkpoint anchors: one written (and linked) after ours.
            audit.record(new AuditEvent("it-tester", "127.0.0.1", "itest", "read", "case", "TEST-PRUNE-KEPT",
                    "fictional entry after those to prune"));
            assertTrue(audit.verify().valid());
            Http.Answer run = admin.post(RETENTION + "/runs", "");
            assertEquals(run.toString(), 200, run.status());
            long deleted = outcome(run.json(), "audit-entries");

            long base = count("SELECT MAX(chain_seq) FROM platform.audit_chain_base");
            assertTrue("the prune recorded a new base", base > baseBefore);
            assertEquals("the base counts what this prune deleted", deleted,
                    count("SELECT deleted FROM platform.audit_chain_base WHERE chain_seq = " + base));
            assertEquals("the oldest end up to the base is gone, nothing else", deleted, base - baseBefore);
            assertEquals("no entry at or before the base is left", 0,
                    count("SELECT COUNT(*) FROM platform.audit_log WHERE chain_seq <= " + base));
            assertEquals("the entries written before the run are gone", 0, count(
                    "SELECT COUNT(*) FROM platform.audit_log WHERE id IN (" + join(old) + ")"));
            JsonNode entries = admin.get("/api/audit?module=platform&action=retention.run"
                    + "&recordId=platform/audit-entries").json().path("entries");
            assertTrue("the run's own entry is written after the prune and kept", entries.size() >= 1);
            assertTrue(entries.get(0).toString(), entries.get(0).path("detail").asText()
                    .startsWith("DELETE " + deleted + " records"));

            JsonNode verified = admin.get("/api/audit/verify").json();
            assertTrue(verified.toString(), verified.path("valid").asBoolean());
            assertEquals("verify proves integrity from the first kept entry", base + 1,
                    verified.path("verifiedFrom").path("seq").asLong());
            assertFalse(verified.toString(), verified.path("verifiedFrom").path("at").asText().isEmpty());
            assertFalse(verified.toString(), verified.path("prunedBefore").asText().isEmpty());

            long firstKept = count("SELECT id FROM platform.audit_log WHERE chain_seq = " + (base + 1));
            String actor = text("SELECT actor FROM platform.audit_log WHERE id = " + firstKept);
            update("UPDATE platform.audit_log SET actor = 'intruder' WHERE id = " + firstKept);
            try {
                JsonNode broken = admin.get("/api/audit/verify").json();
                assertFalse("a changed kept entry is still found after the prune", broken.path("valid").asBoolean());
                assertEquals(firstKept, broken.path("brokenAt").asLong());
            } finally {
                update("UPDATE platform.audit_log SET actor = '" + actor + "' WHERE id = " + firstKept);
            }
            assertTrue("restored, it holds again", admin.get("/api/audit/verify").json().path("valid").asBoolean());

            String baseHash = text("SELECT hash FROM platform.audit_chain_base WHERE chain_seq = " + base);
            update("UPDATE platform.audit_chain_base SET hash = '" + "ab".repeat(32) + "' WHERE chain_seq = " + base);
            try {
                assertFalse("a changed base no longer matches its signed line",
                        admin.get("/api/audit/verify").json().path("valid").asBoolean());
            } finally {
                update("UPDATE platform.audit_chain_base SET hash = '" + baseHash + "' WHERE chain_seq = " + base);
            }

            // A base recorded by hand one entry further on hides the oldest kept entry, and the walk alone would
            // pass: only the signed base lines show that no retention run left it.
            long next = base + 1;
            String nextHash = text("SELECT hash FROM platform.audit_log WHERE chain_seq = " + next);
            update("INSERT INTO platform.audit_chain_base (chain_seq, hash, pruned_before, pruned_at, pruned_by, deleted) "
                    + "SELECT " + next + ", '" + nextHash + "', pruned_before, pruned_at, 'intruder', 1 "
                    + "FROM platform.audit_chain_base WHERE chain_seq = " + base);
            try {
                AuditLog.ChainVerification walkOnly = audit.verify();
                assertTrue("the walk alone passes: " + walkOnly.detail(), walkOnly.valid());
                JsonNode forged = admin.get("/api/audit/verify").json();
                assertFalse("a base no prune signed is found", forged.path("valid").asBoolean());
                assertTrue(forged.toString(), forged.path("detail").asText().contains("base"));
            } finally {
                update("DELETE FROM platform.audit_chain_base WHERE chain_seq = " + next);
            }
            JsonNode again = admin.get("/api/audit/verify").json();
            assertTrue(again.toString(), again.path("valid").asBoolean());
        } finally {
            admin.send("PUT", RETENTION + "/platform/audit-entries", Http.json("keepDays", 3650, "action", "DELETE"),
                    "application/json");
        }
    }

    /** Sessions are the platform's other record with personal data: ended ones go after a day, live ones stay. */
    void endedSessionsAreDeletedByThePlatformsDefaultRule() throws Exception {
        String ended = login();
        String live = login();
        update("UPDATE platform.sessions SET created_at = created_at - INTERVAL '3' DAY, "
                + "last_seen_at = last_seen_at - INTERVAL '3' DAY WHERE token_hash = '" + sha256Hex(ended) + "'");
        JsonNode rule = line("platform", "sessions");
        assertEquals(1, rule.path("keepDays").asInt());
        assertTrue(rule.toString(), rule.path("due").asLong() >= 1);
        Http.Answer run = admin.post(RETENTION + "/runs", "");
        assertEquals(run.toString(), 200, run.status());
        assertTrue(run.body(), outcome(run.json(), "sessions") >= 1);
        assertEquals(0, count("SELECT COUNT(*) FROM platform.sessions WHERE token_hash = '" + sha256Hex(ended) + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.sessions WHERE token_hash = '" + sha256Hex(live) + "'"));
        assertEquals("a live session is not touched", 200,
                anonymous.with("Cookie", "MENTORKIT_SESSION=" + live).get("/api/session").status());
    }

    private String login() {
        Http.Answer login = anonymous.post("/api/session",
                Http.json("username", "admin", "password", MentorkitContainer.ADMIN_PASSWORD));
        assertEquals(login.toString(), 200, login.status());
        String cookie = login.header("Set-Cookie");
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode line(String module, String kind) {
        for (JsonNode l : admin.get(RETENTION).json()) {
            if (l.path("module").asText().equals(module) && l.path("kind").asText().equals(kind)) {
                return l;
            }
        }
        throw new AssertionError("no schedule line " + module + "/" + kind);
    }

    private static long outcome(JsonNode run, String kind) {
        for (JsonNode o : run.path("outcomes")) {
            if ("platform".equals(o.path("module").asText()) && kind.equals(o.path("kind").asText())) {
                return o.path("records").asLong();
            }
        }
        throw new AssertionError("the run did nothing for platform/" + kind + ": " + run);
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
