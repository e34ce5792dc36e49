package no.mentorkit.platform.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.internal.storage.UnitOfWork;

/**
 * The few JDBC idioms every module repeats: a query mapped from its result set, a unit of work in one
 * transaction (inside a REST request, part of the request's one transaction), an insert that returns its generated id, nullable numbers, and instants written to and read back from
 * {@code TIMESTAMP WITH TIME ZONE}. SQL failures become
 * {@link StorageException}s, which the REST layer answers as 500 without leaking the SQL.
 */
@ProviderType
public final class Sql {

    /** Sets the parameters of a statement. */
    @ConsumerType
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Maps a whole result set. */
    @ConsumerType
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection inside one transaction. */
    @ConsumerType
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Sql() {
    }

    public static <T> T query(DataSource db, String sql, Binder binder, Reader<T> reader) {
        try (Connection c = db.getConnection()) {
            return query(c, sql, binder, reader);
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    public static <T> T query(Connection c, String sql, Binder binder, Reader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        }
    }

    /** Executes an update and returns the affected row count. */
    public static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** Runs the work in a transaction: committed if it returns, rolled back if it throws. */
    public static <T> T transaction(DataSource db, Work<T> work) {
        try (Connection c = db.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageException("transaction", e);
        }
    }

    /**
     * Runs the action when the transaction the caller's work belongs to has ended, with whether it committed. Inside
     * a REST request that is the request's one transaction (committed before the answer is sent, rolled back on a
     * 5xx); elsewhere the caller's own transaction has already ended, so the action runs at once with {@code true}.
     * For state kept outside the database (an index) that must follow what the database really kept.
     */
    public static void afterCompletion(Consumer<Boolean> action) {
        UnitOfWork.afterCompletion(action);
    }

    /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant, or {@code null}. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Now, in UTC and to the microsecond: what both H2 and PostgreSQL keep of a timestamp, so it reads back equal. */
    public static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Runs an insert and returns the id the database generated for the new row. */
    public static long insert(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Reads a nullable {@code BIGINT} column. */
    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Sets a nullable {@code BIGINT} parameter. */
    public static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
