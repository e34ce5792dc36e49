package no.mentorkit.platform.internal.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The DataSource the platform hands to modules. Inside a {@link UnitOfWork} it hands out the unit's one connection
 * behind a guard: {@code close} does nothing, and a module's own transaction ({@code setAutoCommit(false)} …
 * {@code commit} / {@code rollback}) becomes a savepoint in the request's transaction, so a module that undoes its
 * own failed step (a stale version answered 409) undoes only that step, and nothing commits before the request
 * does. Outside a unit it is the pool itself.
 */
public final class RequestBoundDataSource implements DataSource {

    private final DataSource pool;

    public RequestBoundDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** The pool underneath, for work that must commit on its own whatever the request does (migrations). */
    public DataSource pool() {
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection bound = UnitOfWork.bound(pool);
        return bound == null ? pool.getConnection() : guard(bound);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static Connection guard(Connection real) {
        return (Connection) Proxy.newProxyInstance(RequestBoundDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Guard(real));
    }

    /** One handle on the unit's connection, with its own emulated auto-commit flag. */
    private static final class Guard implements InvocationHandler {
        private final Connection real;
        private boolean autoCommit = true;
        private boolean closed;
        private Savepoint savepoint;

        Guard(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    closed = true;
                    return null;
                case "isClosed":
                    return closed || real.isClosed();
                case "getAutoCommit":
                    return autoCommit;
                case "setAutoCommit":
                    boolean on = (Boolean) args[0];
                    if (!on && autoCommit) {
                        savepoint = real.setSavepoint();
                    } else if (on) {
                        savepoint = null;
                    }
                    autoCommit = on;
                    return null;
                case "commit":
                    // The request commits; this only marks the module's step as done.
                    if (savepoint != null) {
                        savepoint = real.setSavepoint();
                    }
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        if (savepoint != null) {
                            real.rollback(savepoint);
                            savepoint = real.setSavepoint();
                        }
                        return null;
                    }
                    break;
                case "unwrap":
                case "isWrapperFor":
                    break;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "request-bound " + real;
                default:
                    break;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
