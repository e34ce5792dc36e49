package no.mentorkit.platform.internal.rest;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the connection pool drop its connections after the embedded database closed itself. H2 closes a database
 * whose disk filled up ("The database has been closed", 90098); HikariCP keeps such connections, since no SQLState
 * tells it they are dead, so every request failed until a restart although the disk had space again. Evicted, the
 * next connection opens the database afresh. Through the pool's MBean ({@code hikari.registerMbeans = true} in
 * {@code etc/org.ops4j.datasource-mentorkit.cfg}), so the platform needs no HikariCP import.
 */
final class PoolEviction {

    private static final Logger LOG = LoggerFactory.getLogger(PoolEviction.class);
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_OBJECT_CLOSED = 90007;
    private static final int H2_ALREADY_CLOSED = 90121;

    private PoolEviction() {
    }

    /** If the failure says the embedded database was closed under the pool, evicts the pool's connections. */
    static void afterFailure(Throwable failure) {
        if (databaseClosed(failure)) {
            softEvict();
        }
    }

    static boolean databaseClosed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && (e.getErrorCode() == H2_DATABASE_CLOSED
                    || e.getErrorCode() == H2_ALREADY_CLOSED || e.getErrorCode() == H2_OBJECT_CLOSED)
                    && t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    private static void softEvict() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> pools = server.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null);
            for (ObjectName pool : pools) {
                server.invoke(pool, "softEvictConnections", new Object[0], new String[0]);
                LOG.warn("The embedded database was closed (disk full?); the pool's connections were evicted so the "
                        + "next one opens it again ({})", pool);
            }
        } catch (Exception | LinkageError e) {
            LOG.warn("Could not evict the pool's connections", e);
        }
    }
}
