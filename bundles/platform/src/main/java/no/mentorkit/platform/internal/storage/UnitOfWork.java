package no.mentorkit.platform.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database transaction per REST request: between {@link #begin()} and {@link #end(boolean)} every connection
 * the platform's DataSource hands out on this thread is the same one, so a module's change and its audit entry
 * commit together or not at all. The connection is taken from the pool only when first asked for, so requests
 * that never touch the database hold none. Outside a unit (start-up, deploy folder, background jobs) nothing is
 * bound and each caller gets a pooled connection of its own as before.
 */
public final class UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

    private static final ThreadLocal<UnitOfWork> CURRENT = new ThreadLocal<>();

    private Connection connection;
    private boolean rollbackOnly;
    private final List<Consumer<Boolean>> afterCompletion = new ArrayList<>();

    private UnitOfWork() {
    }

    /** Starts a unit on this thread; one left behind by a request that never ended is rolled back first. */
    public static void begin() {
        UnitOfWork stale = CURRENT.get();
        if (stale != null) {
            LOG.warn("A request's unit of work was never ended; rolling it back");
            CURRENT.remove();
            try {
                stale.finish(false);
            } catch (SQLException e) {
                LOG.warn("Rolling back a forgotten unit of work failed", e);
            }
        }
        CURRENT.set(new UnitOfWork());
    }

    /** Whether a unit is open on this thread. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * Commits (or rolls back) the unit's connection and returns it to the pool; does nothing if no unit is open.
     * Throws if the commit fails: then nothing of the request is stored.
     */
    public static void end(boolean commit) throws SQLException {
        UnitOfWork unit = CURRENT.get();
        if (unit == null) {
            return;
        }
        CURRENT.remove();
        unit.finish(commit && !unit.rollbackOnly);
    }

    /** Marks this thread's unit so that it rolls back whatever the answer (a failed statement left it unusable). */
    public static void setRollbackOnly() {
        UnitOfWork unit = CURRENT.get();
        if (unit != null) {
            unit.rollbackOnly = true;
        }
    }

    /** Runs the action once this thread's unit has committed, or at once if no unit is open. */
    public static void afterCommit(Runnable action) {
        afterCompletion(committed -> {
            if (committed) {
                action.run();
            }
        });
    }

    /**
     * Runs the action when this thread's unit ends, with whether it committed; at once (with {@code true}) if no unit
     * is open, since then the caller's own transaction has already committed.
     */
    public static void afterCompletion(Consumer<Boolean> action) {
        UnitOfWork unit = CURRENT.get();
        if (unit == null) {
            action.accept(true);
        } else {
            unit.afterCompletion.add(action);
        }
    }

    /** The unit's connection, taken from the pool on first use; null if no unit is open on this thread. */
    static Connection bound(DataSource pool) throws SQLException {
        UnitOfWork unit = CURRENT.get();
        if (unit == null) {
            return null;
        }
        if (unit.connection == null) {
            Connection c = pool.getConnection();
            c.setAutoCommit(false);
            unit.connection = c;
        }
        return unit.connection;
    }

    private void finish(boolean commit) throws SQLException {
        Connection c = connection;
        connection = null;
        if (c == null) {
            runAfterCompletion(commit);
            return;
        }
        try {
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            safeRollback(c);
            closeQuietly(c);
            runAfterCompletion(false);
            throw e;
        }
        closeQuietly(c);
        runAfterCompletion(commit);
    }

    private void runAfterCompletion(boolean committed) {
        for (Consumer<Boolean> action : afterCompletion) {
            try {
                action.accept(committed);
            } catch (RuntimeException e) {
                LOG.warn("An action after the end of a request's transaction failed", e);
            }
        }
    }

    private static void safeRollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed commit failed too", e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Could not reset auto-commit", e);
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Could not return a connection to the pool", e);
        }
    }
}
