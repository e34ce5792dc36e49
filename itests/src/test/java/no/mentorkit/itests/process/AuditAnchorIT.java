package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.internal.audit.AuditChain;

/**
 * Issue 16 item 7: the chain alone proves nothing about its newest entries. Someone with the database file edits one
 * entry and hashes every later one anew, so the chain verifies; the signed checkpoint written outside the database
 * before the edit must make verification fail. Before checkpoints existed, verify answered valid here.
 */
class AuditAnchorIT {

    private static final String PASSWORD = "Test-only-anchor-admin-7";

    @Test
    void aRewrittenChainIsFoundByItsSignedCheckpoint() throws Exception {
        try (Distribution dist = new Distribution("audit-anchor", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD))) {
            dist.setProperty("etc/no.mentorkit.platform.audit.cfg", "intervalSeconds", "1");
            dist.start();
            Http admin = dist.http().basic("admin", PASSWORD);
            for (int i = 0; i < 3; i++) {
                assertEquals(201, admin.post("/api/users", Http.json("username", "anchor-user-" + i, "displayName",
                        "Fiktiv bruker " + i, "roles", List.of("mentor"), "password", "fictional-walrus-password-7"))
                        .status());
            }
            Path checkpoints = dist.home().resolve("data/mentorkit/audit-checkpoints/checkpoints.log");
            assertTrue(Http.await(() -> admin.get("/api/audit/verify").json().path("detail").asText()
                    .contains("signed checkpoint"), Duration.ofSeconds(30)), "a checkpoint is written");
            JsonNode before = admin.get("/api/audit/verify").json();
            assertTrue(before.path("valid").asBoolean(), before.toString());
            Path key = dist.home().resolve("etc/mentorkit-audit-signing.key");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            dist.stop();
            String lastLine = Files.readAllLines(checkpoints).get(Files.readAllLines(checkpoints).size() - 1);

            rewriteFrom(dist.home().resolve("data/mentorkit/db/mentorkit"), "anchor-user-1");

            dist.start();
            JsonNode after = dist.http().basic("admin", PASSWORD).get("/api/audit/verify").json();
            assertFalse(after.path("valid").asBoolean(), "the rewrite is found: " + after + " (checkpoint "
                    + lastLine + ")");
            assertTrue(after.path("detail").asText().contains("checkpoint"), after.toString());
        }
    }

    /**
     * Changes the detail of the first entry about the record and links every entry from there on anew, as the
     * chainer would, including the head row: afterwards the chain verifies on its own.
     */
    private static void rewriteFrom(Path db, String recordId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";DATABASE_TO_LOWER=TRUE",
                "mentorkit", "mentorkit")) {
            c.setAutoCommit(false);
            long from;
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(chain_seq) FROM platform.audit_log "
                    + "WHERE record_id = ?")) {
                ps.setString(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    from = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE platform.audit_log SET detail = 'nothing happened' "
                    + "WHERE chain_seq = ?")) {
                ps.setLong(1, from);
                ps.executeUpdate();
            }
            String previous;
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM platform.audit_log WHERE chain_seq = ?")) {
                ps.setLong(1, from - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    previous = rs.next() ? rs.getString(1) : AuditChain.GENESIS;
                }
            }
            long last = from - 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT chain_seq, id, at, actor, remote_address, module, "
                    + "action, record_type, record_id, detail FROM platform.audit_log WHERE chain_seq >= ? "
                    + "ORDER BY chain_seq"); PreparedStatement up = c.prepareStatement(
                            "UPDATE platform.audit_log SET previous_hash = ?, hash = ? WHERE chain_seq = ?")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String hash = AuditChain.hash(previous, rs.getLong(2), rs.getObject(3, OffsetDateTime.class)
                                .toInstant(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10));
                        up.setString(1, previous);
                        up.setString(2, hash);
                        up.setLong(3, rs.getLong(1));
                        up.executeUpdate();
                        previous = hash;
                        last = rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE platform.audit_chain_head SET chain_seq = ?, hash = ? WHERE id = 1")) {
                ps.setLong(1, last);
                ps.setString(2, previous);
                ps.executeUpdate();
            }
            c.commit();
        }
    }
}
