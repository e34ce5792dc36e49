package no.mentorkit.itests.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
