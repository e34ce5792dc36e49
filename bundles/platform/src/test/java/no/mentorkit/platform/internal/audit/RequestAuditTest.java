package no.mentorkit.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.AuditQuery;
import no.mentorkit.platform.internal.storage.RequestBoundDataSource;
import no.mentorkit.platform.internal.storage.UnitOfWork;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/**
 * A change and its audit entry in one request transaction, and the chain linked after commit, on a real (in-memory)
 * H2 with the platform's own migrations.
 */
class RequestAuditTest {

    private RequestBoundDataSource db;
    private JdbcAuditLog audit;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA platform");
            s.execute("SET SCHEMA platform");
            for (String script : List.of("V1__users_sessions_audit.sql", "V2_1__audit_chain_linked_after_commit.sql",
                    "V2_3__audit_full_values.sql", "V3_3__audit_chain_base.sql")) {
                for (String sql : migration(script).split(";\\s*\\n")) {
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            s.execute("CREATE TABLE platform.things (id BIGINT PRIMARY KEY, name VARCHAR(40))");
        }
        db = new RequestBoundDataSource(h2);
        audit = new JdbcAuditLog(new Storage() {
            @Override
            public DataSource dataSource() {
                return db;
            }

            @Override
            public int migrate(String module, Bundle bundle) {
                return 0;
            }

            @Override
            public String databaseProduct() {
                return "H2";
            }
        });
    }

    @AfterEach
    void tearDown() {
        audit.deactivate();
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = RequestAuditTest.class.getResourceAsStream("/db/migration/platform/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRolledBackRequestKeepsNeitherTheChangeNorItsAuditEntry() throws SQLException {
        UnitOfWork.begin();
        insertThing(1, "kept?");
        audit.record(event("create", "1"));
        UnitOfWork.end(false);

        UnitOfWork.begin();
        insertThing(2, "kept");
        audit.record(event("create", "2"));
        UnitOfWork.end(true);

        assertThat(names()).containsExactly("kept");
        assertThat(audit.find(query()).entries()).extracting(e -> e.recordId()).containsExactly("2");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void nothingCommitsBeforeTheRequestDoes() throws SQLException {
        UnitOfWork.begin();
        insertThing(1, "pending");
        audit.record(event("create", "1"));
        // Another connection (another request) sees neither until the request commits.
        try (Connection other = db.pool().getConnection(); Statement s = other.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM platform.things");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            rs = s.executeQuery("SELECT COUNT(*) FROM platform.audit_log");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        UnitOfWork.end(true);
        assertThat(names()).containsExactly("pending");
    }

    @Test
    void aModulesOwnFailedStepIsUndoneAloneInsideTheRequest() throws SQLException {
        UnitOfWork.begin();
        insertThing(1, "first");
        assertThatThrownBy(() -> Sql.transaction(db, c -> {
            Sql.update(c, "INSERT INTO platform.things VALUES (2, 'undone')", ps -> { });
            throw new IllegalStateException("stale version");
        })).isInstanceOf(IllegalStateException.class);
        audit.record(event("update.refused", "2"));
        UnitOfWork.end(true);
        assertThat(names()).containsExactly("first");
        assertThat(audit.find(query()).entries()).hasSize(1);
    }

    @Test
    void concurrentRequestsKeepOneLinearChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger committed = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    UnitOfWork.begin();
                    audit.record(event("read", thread + "-" + i));
                    audit.record(event("read", thread + "-" + i + "b"));
                    boolean commit = i % 5 != 0;
                    UnitOfWork.end(commit);
                    if (commit) {
                        committed.addAndGet(2);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditLog.ChainVerification v = audit.verify();
        assertThat(v.valid()).as(v.detail()).isTrue();
        assertThat(v.checked()).isEqualTo(committed.get());
        assertThat(v.pending()).isZero();
    }

    @Test
    void verifyFindsAnEntryChangedAfterItWasLinked() throws Exception {
        audit.record(event("create", "1"));
        audit.record(event("create", "2"));
        assertThat(audit.verify().valid()).isTrue();
        try (Connection c = db.pool().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE platform.audit_log SET actor = 'someone-else' WHERE record_id = '1'");
        }
        assertThat(audit.verify().valid()).isFalse();
    }

    private void insertThing(long id, String name) {
        Sql.transaction(db, c -> Sql.update(c, "INSERT INTO platform.things VALUES (?, ?)", ps -> {
            ps.setLong(1, id);
            ps.setString(2, name);
        }));
    }

    private List<String> names() {
        return Sql.query(db, "SELECT name FROM platform.things ORDER BY id", ps -> { }, rs -> {
            List<String> l = new ArrayList<>();
            while (rs.next()) {
                l.add(rs.getString(1));
            }
            return l;
        });
    }

    private static AuditEvent event(String action, String recordId) {
        return new AuditEvent("fiktiv", "127.0.0.1", "test", action, "thing", recordId, null);
    }

    private static AuditQuery query() {
        return new AuditQuery(null, null, "test", null, null, null, null, 100, 0);
    }
}
